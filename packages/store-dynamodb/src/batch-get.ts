import { setTimeout as sleep } from 'node:timers/promises';
import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Item, ItemKey } from './service-table';

/** BatchGetItem reads at most 100 keys per request. */
const BATCH_SIZE = 100;
const ATTEMPTS = 8;
const BASE_DELAY_MS = 20;

/** The items a batch read found, looked up by key. */
export interface FoundItems {
  get(key: ItemKey): Item | undefined;
}

const keyId = ({ pk, sk }: ItemKey): string => JSON.stringify([pk, sk]);

function chunks<T>(values: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < values.length; start += size) result.push(values.slice(start, start + size));
  return result;
}

/** One request's keys, again and again for those DynamoDB leaves unprocessed (throttling, the 16 MB response limit), with jittered backoff. */
async function readChunk(client: DynamoDBDocumentClient, tableName: string, keys: readonly ItemKey[]): Promise<Item[]> {
  const found: Item[] = [];
  let pending: Item[] = [...keys];
  for (let attempt = 1; pending.length > 0; attempt++) {
    if (attempt > ATTEMPTS) throw new Error(`BatchGetItem on ${tableName}: ${pending.length} keys still unprocessed after ${ATTEMPTS} attempts`);
    if (attempt > 1) await sleep(BASE_DELAY_MS * 2 ** (attempt - 2) * (0.5 + Math.random()));
    const { Responses, UnprocessedKeys } = await client.send(new BatchGetCommand({ RequestItems: { [tableName]: { Keys: pending, ConsistentRead: true } } }));
    found.push(...(Responses?.[tableName] ?? []));
    pending = UnprocessedKeys?.[tableName]?.Keys ?? [];
  }
  return found;
}

/**
 * Reads the items at `keys` of a service table with strongly consistent reads: 100 keys per
 * request, the requests in parallel, unprocessed keys retried with backoff. Repeated keys are read once.
 */
export async function batchGetItems(client: DynamoDBDocumentClient, tableName: string, keys: readonly ItemKey[]): Promise<FoundItems> {
  const unique = [...new Map(keys.map(({ pk, sk }) => [keyId({ pk, sk }), { pk, sk }])).values()];
  const found = (await Promise.all(chunks(unique, BATCH_SIZE).map((chunk) => readChunk(client, tableName, chunk)))).flat();
  const byKey = new Map(found.map((item) => [keyId({ pk: String(item.pk), sk: String(item.sk) }), item]));
  return { get: (key) => byKey.get(keyId(key)) };
}
