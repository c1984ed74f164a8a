import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { testEndpoints, uniqueName } from '@bank/testing';
import { createDynamoDbClient, ensureTable, serviceTable, type IndexDefinition } from '../../src';

export interface TestTable {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  drop(): Promise<void>;
}

export const testClient = (): DynamoDBDocumentClient => createDynamoDbClient({ region: 'us-east-1', endpoint: testEndpoints.dynamodbEndpoint });

/** A service table of its own (pk/sk, the outbox index and `indexes`), dropped with its client afterwards. */
export async function createTestTable(prefix: string, indexes: readonly IndexDefinition[] = []): Promise<TestTable> {
  const client = testClient();
  const tableName = uniqueName(prefix);
  await ensureTable(client, serviceTable(tableName, indexes));
  return {
    client,
    tableName,
    async drop() {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
    },
  };
}
