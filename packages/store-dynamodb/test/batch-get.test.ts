import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { batchGetItems, type ItemKey } from '../src';
import { createTestTable, type TestTable } from './support/table';

let table: TestTable;

beforeAll(async () => {
  table = await createTestTable('batch-get');
});
afterAll(() => table.drop());

const put = (key: ItemKey, attributes: Record<string, unknown> = {}) =>
  table.client.send(new PutCommand({ TableName: table.tableName, Item: { ...key, ...attributes } }));

describe('batchGetItems', () => {
  it('reads more than 100 keys, telling apart items that share a pk, and leaves out the keys it did not find', async () => {
    const keys = Array.from({ length: 130 }, (_, index): ItemKey => ({ pk: `THING#${index}`, sk: 'THING' }));
    const children = keys.slice(0, 10).map(({ pk }): ItemKey => ({ pk, sk: 'CHILD' }));
    await Promise.all([...keys, ...children].map((key) => put(key, { of: `${key.pk}/${key.sk}` })));
    const unknown: ItemKey = { pk: 'THING#unknown', sk: 'THING' };

    const found = await batchGetItems(table.client, table.tableName, [...keys, ...children, unknown, keys[0]!, children[0]!]);

    for (const key of [...keys, ...children]) expect(found.get(key)).toEqual({ ...key, of: `${key.pk}/${key.sk}` });
    expect(found.get(unknown)).toBeUndefined();
    expect(found.get({ pk: 'THING#10', sk: 'CHILD' })).toBeUndefined();
  });

  it('reads again the keys a response left unprocessed, until every item is read', async () => {
    // A response carries about 1 MB: twelve items of 300 KB need several.
    const big = Array.from({ length: 12 }, (_, index): ItemKey => ({ pk: `BIG#${index}`, sk: 'BIG' }));
    const payload = 'x'.repeat(300 * 1024);
    for (const key of big) await put(key, { payload });

    const found = await batchGetItems(table.client, table.tableName, big);

    expect(big.map((key) => found.get(key)?.payload === payload)).toEqual(big.map(() => true));
  });

  it('reads nothing for no keys', async () => {
    expect((await batchGetItems(table.client, table.tableName, [])).get({ pk: 'THING#0', sk: 'THING' })).toBeUndefined();
  });
});
