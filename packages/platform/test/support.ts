import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { loadConfig, platformEnv } from '@bank/config';
import { createDynamoDbClient, DynamoDbOutboxStore, DynamoDbProcessedEventStore, ensureTable, itemWithOutbox, serviceTable } from '@bank/dynamodb';
import { cloudEvent } from '@bank/messaging';
import { serviceTestEnv, testEndpoints } from '@bank/testing';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';

/** A DynamoDB table holding aggregates with their pending events, as a subgraph's would. */
export async function aggregateTable() {
  // The 'orders' service of these tests signs its events with a key of its own.
  const base = serviceTestEnv('platform');
  const env: Record<string, string> = { ...base, EVENTS_HMAC_KEYS: `${base.EVENTS_HMAC_KEYS},orders=test-events-key-orders-0123456789` };
  const tableName = env.DYNAMODB_TABLE!;
  const client = createDynamoDbClient({ endpoint: testEndpoints.dynamodbEndpoint, region: 'sa-east-1' });
  await ensureTable(client, serviceTable(tableName));
  return {
    env,
    config: loadConfig(platformEnv, env),
    outbox: new DynamoDbOutboxStore({ client, tableName }),
    processed: new DynamoDbProcessedEventStore({ client, tableName }),
    /** Writes an aggregate and the events of its state change in one item, as a repository does. */
    write: (id: string, types: readonly string[]) =>
      client.send(
        new PutCommand({
          TableName: tableName,
          Item: itemWithOutbox(
            { pk: `ORDER#${id}`, sk: 'ORDER', status: 'PLACED' },
            types.map((type) => cloudEvent({ source: '/subgraphs/orders', type, subject: id, data: { id } })),
          ),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    drop: async () => {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
    },
  };
}
