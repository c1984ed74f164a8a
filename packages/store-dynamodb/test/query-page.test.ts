import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { AppError, MAX_PAGE_SIZE } from '@bank/kernel';
import { queryPage, type IndexDefinition, type IndexPartition, type Item } from '../src';
import { createTestTable, type TestTable } from './support/table';

const byList = { name: 'by-list', partitionKey: 'listPk', sortKey: 'listSk', projection: 'ALL' } as const satisfies IndexDefinition;

let table: TestTable;

beforeAll(async () => {
  table = await createTestTable('query-page', [byList]);
});
afterAll(() => table.drop());

/** Puts `count` items in the list, their sort keys 00 to count - 1; returns their ids in that order. */
async function fillList(list: string, count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, index) => `${list}-${String(index).padStart(3, '0')}`);
  await Promise.all(
    ids.map((id) => table.client.send(new PutCommand({ TableName: table.tableName, Item: { pk: `THING#${id}`, sk: 'THING', id, listPk: list, listSk: id } }))),
  );
  return ids;
}

const partition = (list: string, order: IndexPartition['order'] = 'descending'): IndexPartition => ({
  tableName: table.tableName,
  index: byList,
  partition: list,
  order,
});

const idOf = (item: Item): string => String(item.id);
const page = (list: string, first: number, after: string | null, order?: IndexPartition['order']) =>
  queryPage(table.client, partition(list, order), { first, after }, idOf);

async function rejection(promise: Promise<unknown>): Promise<{ code: string; field: string | undefined }> {
  const error: unknown = await promise.then(
    () => new Error('expected a rejection'),
    (reason: unknown) => reason,
  );
  if (!(error instanceof AppError)) throw error;
  return { code: error.code, field: error.field };
}

describe('queryPage', () => {
  it('pages through a partition, last sort key first, resuming after the end cursor or after any edge', async () => {
    const ids = await fillList('list-a', 7);
    await fillList('list-b', 2);
    const newestFirst = [...ids].reverse();

    const first = await page('list-a', 3, null);
    const second = await page('list-a', 3, first.pageInfo.endCursor);
    const third = await page('list-a', 3, second.pageInfo.endCursor);

    expect([first, second, third].map(({ edges }) => edges.map((edge) => edge.node))).toEqual([
      newestFirst.slice(0, 3),
      newestFirst.slice(3, 6),
      newestFirst.slice(6),
    ]);
    expect([first, second, third].map(({ pageInfo }) => pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(third.pageInfo.endCursor).toBe(third.edges.at(-1)?.cursor);
    // Relay's PageInfo in full: the first page has none before it, the next ones do; startCursor is the first edge's.
    expect([first, second, third].map(({ pageInfo }) => pageInfo.hasPreviousPage)).toEqual([false, true, true]);
    expect(second.pageInfo.startCursor).toBe(second.edges[0]?.cursor);
    expect((await page('list-a', 2, first.edges[0]!.cursor)).edges.map((edge) => edge.node)).toEqual(newestFirst.slice(1, 3));
  });

  it('says there is no next page when the page ends exactly at the partition’s last item', async () => {
    await fillList('list-exact', 4);

    expect((await page('list-exact', 4, null)).pageInfo.hasNextPage).toBe(false);
    expect((await page('list-exact', 3, null)).pageInfo.hasNextPage).toBe(true);
    expect(await page('list-empty', 3, null)).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('pages in ascending order too', async () => {
    const ids = await fillList('list-up', 5);

    const first = await page('list-up', 3, null, 'ascending');
    const second = await page('list-up', 3, first.pageInfo.endCursor, 'ascending');

    expect([...first.edges, ...second.edges].map((edge) => edge.node)).toEqual(ids);
  });

  it('refuses as BAD_USER_INPUT a cursor issued for another partition or none at all, and a page size below one', async () => {
    await fillList('list-c', 2);
    const theirs = (await page('list-c', 1, null)).pageInfo.endCursor;
    const notAnObject = Buffer.from('42').toString('base64url');
    const wrongShape = Buffer.from('{"pk":1}').toString('base64url');

    for (const after of [theirs, 'not-a-cursor', notAnObject, wrongShape]) {
      expect(await rejection(page('list-d', 1, after))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    }
    for (const first of [0, -1, 1.5]) expect(await rejection(page('list-c', first, null))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it(`caps a page at ${MAX_PAGE_SIZE} items`, async () => {
    await fillList('list-long', MAX_PAGE_SIZE + 30);

    const capped = await page('list-long', 500, null);

    expect(capped.edges).toHaveLength(MAX_PAGE_SIZE);
    expect(capped.pageInfo.hasNextPage).toBe(true);
    expect((await page('list-long', 500, capped.pageInfo.endCursor)).edges).toHaveLength(30);
  });
});
