import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { badInput } from '@bank/errors';
import type { Page, PageRequest } from '../../application/ports';
import type { Item } from './batch-get';
import { listingIndex } from './insurance-table';

/** The attributes of a start key on the listing index: the table's key and the index's own. */
const START_KEY = ['pk', 'sk', listingIndex.partitionKey, listingIndex.sortKey] as const;

const encodeCursor = (item: Item): string =>
  Buffer.from(JSON.stringify(Object.fromEntries(START_KEY.map((name) => [name, item[name] as unknown])))).toString('base64url');

const invalidCursor = () => badInput('after must be an endCursor returned by this list', 'after');

/** The start key `cursor` encodes, when it is one this listing issued for this partition. */
function decodeCursor(cursor: string, partition: string): Item {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (typeof decoded !== 'object' || decoded === null) throw invalidCursor();
  const key = decoded as Record<string, unknown>;
  const wellFormed = Object.keys(key).length === START_KEY.length && START_KEY.every((name) => typeof key[name] === 'string');
  if (!wellFormed || key[listingIndex.partitionKey] !== partition) throw invalidCursor();
  return key;
}

/**
 * One page of a listing partition, newest first. Reads one item past the page so that hasNextPage
 * is exact; each item's cursor is the start key of a query that resumes after it.
 */
export async function newestFirst(client: DynamoDBDocumentClient, tableName: string, partition: string, { first, after }: PageRequest): Promise<Page<Item>> {
  const found: Item[] = [];
  let start = after === null ? undefined : decodeCursor(after, partition);
  do {
    const { Items = [], LastEvaluatedKey } = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: listingIndex.name,
        KeyConditionExpression: '#partition = :partition',
        ExpressionAttributeNames: { '#partition': listingIndex.partitionKey },
        ExpressionAttributeValues: { ':partition': partition },
        ScanIndexForward: false,
        Limit: first + 1 - found.length,
        ExclusiveStartKey: start,
      }),
    );
    found.push(...Items);
    start = LastEvaluatedKey;
  } while (start !== undefined && found.length <= first);
  const edges = found.slice(0, first).map((node) => ({ node, cursor: encodeCursor(node) }));
  return { edges, pageInfo: { hasNextPage: found.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
