import { DeleteTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { uniqueName } from '@bank/testing';
import { ensureTable, serviceTable } from '../src';
import { testClient } from './support/table';

const client = testClient();
const tableName = uniqueName('ensure-table');

afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  client.destroy();
});

describe('ensureTable', () => {
  it('creates the table with its indexes, waits until all are ACTIVE, and leaves an existing table alone', async () => {
    const definition = serviceTable(tableName, [{ name: 'by-status', partitionKey: 'status', sortKey: 'createdAt', projection: 'ALL' }]);

    await Promise.all([ensureTable(client, definition), ensureTable(client, definition)]);
    await ensureTable(client, definition);

    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    expect(Table?.TableStatus).toBe('ACTIVE');
    expect(Table?.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(
      Table?.GlobalSecondaryIndexes?.map(({ IndexName, IndexStatus, KeySchema, Projection }) => ({ IndexName, IndexStatus, KeySchema, Projection })),
    ).toEqual([
      {
        IndexName: 'outbox',
        IndexStatus: 'ACTIVE',
        KeySchema: [{ AttributeName: 'outboxPending', KeyType: 'HASH' }],
        Projection: { ProjectionType: 'KEYS_ONLY' },
      },
      {
        IndexName: 'by-status',
        IndexStatus: 'ACTIVE',
        KeySchema: [
          { AttributeName: 'status', KeyType: 'HASH' },
          { AttributeName: 'createdAt', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ]);
  });
});
