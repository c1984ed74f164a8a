import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoDbClient, ensureTable, type ItemKey } from '@bank/store-dynamodb';
import { testEndpoints, uniqueName } from '@bank/testing';
import { pixTable } from '../../../src/infrastructure/dynamodb/pix-table';

export interface TestPixTable {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** The raw item, as DynamoDB holds it. */
  rawItem(key: ItemKey): Promise<Record<string, unknown> | undefined>;
  drop(): Promise<void>;
}

/** A Pix table of its own (all indexes), dropped with its client afterwards. */
export async function createPixTable(prefix: string): Promise<TestPixTable> {
  const client = createDynamoDbClient({ region: 'us-east-1', endpoint: testEndpoints.dynamodbEndpoint });
  const tableName = uniqueName(prefix);
  await ensureTable(client, pixTable(tableName));
  return {
    client,
    tableName,
    async rawItem(key) {
      const { Item } = await client.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: true }));
      return Item;
    },
    async drop() {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
    },
  };
}
