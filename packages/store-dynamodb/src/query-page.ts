import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MAX_PAGE_SIZE, type Page, type PageRequest, badInput, pageOf } from '@bank/kernel';
import type { Item } from './service-table';
import type { IndexDefinition } from './table';

/** The most items one page holds; a larger `first` is cut down to it. */

/** One partition of a service table's index, read in sort-key order. */
export interface IndexPartition {
  readonly tableName: string;
  readonly index: IndexDefinition;
  /** The value of the index's partition key. */
  readonly partition: string;
  readonly order: 'ascending' | 'descending';
}

/** The Query that reads the partition in its order. */
export const partitionQuery = ({ tableName, index, partition, order }: IndexPartition) => ({
  TableName: tableName,
  IndexName: index.name,
  KeyConditionExpression: '#partition = :partition',
  ExpressionAttributeNames: { '#partition': index.partitionKey },
  ExpressionAttributeValues: { ':partition': partition },
  ScanIndexForward: order === 'ascending',
});

/** The attributes of a start key on `index`: the table's key and the index's own. */
const startKeyAttributes = ({ partitionKey, sortKey }: IndexDefinition): string[] =>
  sortKey === undefined ? ['pk', 'sk', partitionKey] : ['pk', 'sk', partitionKey, sortKey];

const encodeCursor = (item: Item, index: IndexDefinition): string =>
  Buffer.from(JSON.stringify(Object.fromEntries(startKeyAttributes(index).map((name) => [name, item[name] as unknown])))).toString('base64url');

const invalidCursor = () => badInput('after must be an endCursor returned by this list', 'after');

/** The start key `cursor` encodes, when it is one this list issued for this partition. */
function decodeCursor(cursor: string, { index, partition }: IndexPartition): Item {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof decoded !== 'object' || decoded === null) throw invalidCursor();
  const key = decoded as Record<string, unknown>;
  const names = startKeyAttributes(index);
  const wellFormed = Object.keys(key).length === names.length && names.every((name) => typeof key[name] === 'string');
  if (!wellFormed || key[index.partitionKey] !== partition) throw invalidCursor();
  return key;
}

function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1) throw badInput('first must be a whole number greater than zero', 'first');
  return Math.min(first, MAX_PAGE_SIZE);
}

/**
 * One page of an index partition as a Relay connection, each item mapped by `fromItem`. Reads one
 * item past the page, so that hasNextPage is exact (a LastEvaluatedKey alone may point past the
 * last item, and a 1 MB response may stop short of the limit). Each item's cursor is the
 * base64url JSON of the start key of a query that resumes after it; a cursor issued for another
 * partition, or none at all, is BAD_USER_INPUT.
 */
export async function queryPage<T>(
  client: DynamoDBDocumentClient,
  query: IndexPartition,
  { first, after }: PageRequest,
  fromItem: (item: Item) => T,
): Promise<Page<T>> {
  const size = pageSize(first);
  const found: Item[] = [];
  let start = after === null ? undefined : decodeCursor(after, query);
  do {
    const { Items = [], LastEvaluatedKey } = await client.send(
      new QueryCommand({ ...partitionQuery(query), Limit: size + 1 - found.length, ExclusiveStartKey: start }),
    );
    found.push(...Items);
    start = LastEvaluatedKey;
  } while (start !== undefined && found.length <= size);
  const edges = found.slice(0, size).map((item) => ({ node: fromItem(item), cursor: encodeCursor(item, query.index) }));
  return pageOf(edges, { after, hasNextPage: found.length > size });
}
