import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { badInput } from '@bank/errors';
import type { Page, PageRequest } from '../../application/ports';
import type { Item } from './batch-get';
import type { SortedPixIndex } from './pix-table';

export const MAX_PAGE_SIZE = 100;

export interface IndexPage {
  readonly tableName: string;
  readonly index: SortedPixIndex;
  readonly partition: string;
  readonly newestFirst: boolean;
}

/** The attributes of a start key on `index`: the table's key and the index's own. */
const startKeyAttributes = (index: SortedPixIndex): string[] => ['pk', 'sk', index.partitionKey, index.sortKey];

const encodeCursor = (item: Item, index: SortedPixIndex): string =>
  Buffer.from(JSON.stringify(Object.fromEntries(startKeyAttributes(index).map((name) => [name, item[name] as unknown])))).toString('base64url');

const invalidCursor = () => badInput('after must be an endCursor returned by this list', 'after');

/** The start key `cursor` encodes, when it is one this list issued for this partition. */
function decodeCursor(cursor: string, { index, partition }: IndexPage): Item {
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
 * One page of an index partition, in sort-key order. Reads one item past the page, so that
 * hasNextPage is exact (a LastEvaluatedKey alone may point past the last item, and a 1 MB
 * response may stop short of the limit). Each item's cursor is the start key of a query that
 * resumes after it, base64url-encoded.
 */
export async function queryPage(client: DynamoDBDocumentClient, query: IndexPage, request: PageRequest): Promise<Page<Item>> {
  const size = pageSize(request.first);
  const { index, partition } = query;
  const found: Item[] = [];
  let start = request.after === null ? undefined : decodeCursor(request.after, query);
  do {
    const { Items = [], LastEvaluatedKey } = await client.send(
      new QueryCommand({
        TableName: query.tableName,
        IndexName: index.name,
        KeyConditionExpression: '#partition = :partition',
        ExpressionAttributeNames: { '#partition': index.partitionKey },
        ExpressionAttributeValues: { ':partition': partition },
        ScanIndexForward: !query.newestFirst,
        Limit: size + 1 - found.length,
        ExclusiveStartKey: start,
      }),
    );
    found.push(...Items);
    start = LastEvaluatedKey;
  } while (start !== undefined && found.length <= size);
  const edges = found.slice(0, size).map((node) => ({ node, cursor: encodeCursor(node, index) }));
  return { edges, pageInfo: { hasNextPage: found.length > size, endCursor: edges.at(-1)?.cursor ?? null } };
}
