import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { IndexDefinition, TableDefinition } from './table';

/** Every service table keys its items by two strings, `pk` and `sk` (see README.md). */
export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

/** An item as the document client reads and writes it. */
export type Item = Record<string, NativeAttributeValue>;

/** Attributes an item carries while it holds events not yet published. */
export const outboxAttributes = { events: 'outbox', pending: 'outboxPending' } as const;

/** The only value `outboxPending` takes: every pending item sits in one index partition the relay queries. */
export const OUTBOX_PENDING = 'PENDING';

/** Sparse index: an item is in it exactly while `outboxPending` is set, i.e. while it has pending events. */
export const outboxIndex: IndexDefinition = { name: 'outbox', partitionKey: outboxAttributes.pending, projection: 'KEYS_ONLY' };

/** A service's table: `pk`/`sk`, the outbox index, and the service's own indexes. */
export const serviceTable = (tableName: string, indexes: readonly IndexDefinition[] = []): TableDefinition => ({
  tableName,
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [outboxIndex, ...indexes],
});
