/**
 * Run as a child process: saves a new charge item with its events in one write, then dies at once
 * (SIGKILL, as a crash would), so nothing in this process can publish them.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { toCloudEvents } from '@bank/messaging';
import { createDynamoDbClient, itemWithOutbox } from '../../src';

async function main(): Promise<void> {
  const { TABLE_NAME: tableName, DYNAMODB_ENDPOINT: endpoint, CHARGE_ID: chargeId } = process.env;
  if (tableName === undefined || endpoint === undefined || chargeId === undefined) throw new Error('TABLE_NAME, DYNAMODB_ENDPOINT and CHARGE_ID are required');
  const client = createDynamoDbClient({ region: 'us-east-1', endpoint });
  const occurredAt = new Date();
  const events = toCloudEvents(
    [
      { type: 'pix.charge.created', subject: chargeId, data: { amount: '10.00' }, occurredAt },
      { type: 'pix.charge.paid', subject: chargeId, data: { amount: '10.00' }, occurredAt },
    ],
    { source: '/test/child', correlationId: chargeId },
  );
  await client.send(
    new PutCommand({
      TableName: tableName,
      Item: itemWithOutbox({ pk: `CHARGE#${chargeId}`, sk: 'CHARGE', status: 'COMPLETED' }, events),
      ConditionExpression: 'attribute_not_exists(pk)',
    }),
  );
  process.kill(process.pid, 'SIGKILL');
}

void main();
