import { setTimeout as sleep } from 'node:timers/promises';
import { BatchGetCommand, type DynamoDBDocumentClient, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { ItemKey } from '@bank/dynamodb';

export type Item = Record<string, NativeAttributeValue>;

/** BatchGetItem reads at most 100 keys per request. */
const BATCH_SIZE = 100;
const ATTEMPTS = 8;
const BASE_DELAY_MS = 20;

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
 * The items at `keys` (strongly consistent), by `pk`: 100 keys per request, the requests in parallel,
 * unprocessed keys retried with backoff. Every key here has its own `pk`.
 */
export async function batchGet(client: DynamoDBDocumentClient, tableName: string, keys: readonly ItemKey[]): Promise<Map<string, Item>> {
  const unique = [...new Map(keys.map((key) => [key.pk, key])).values()];
  const chunks = Array.from({ length: Math.ceil(unique.length / BATCH_SIZE) }, (_, index) => unique.slice(index * BATCH_SIZE, (index + 1) * BATCH_SIZE));
  const found = (await Promise.all(chunks.map((chunk) => readChunk(client, tableName, chunk)))).flat();
  return new Map(found.map((item) => [String(item.pk), item]));
}
