import { serviceTable, type IndexDefinition, type ItemKey, type TableDefinition } from '@bank/store-dynamodb';
import type { ChargeReference } from '../../domain';

/** The Pix table's own indexes (README.md has the access patterns). Every index is sparse: an item is in it only while it carries the index's attributes. */
export const pixIndexes = {
  /** A customer's keys, charges (as receiver) and transfers (as sender), in creation order. */
  byOwner: { name: 'by-owner', partitionKey: 'ownerPk', sortKey: 'ownerSk', projection: 'ALL' },
  /** The charges and transfers another subgraph attached a reference to, newest last. */
  byReference: { name: 'by-reference', partitionKey: 'referencePk', sortKey: 'referenceSk', projection: 'KEYS_ONLY' },
  /** A paid charge by its payment's end-to-end id. */
  byEndToEndId: { name: 'by-end-to-end-id', partitionKey: 'endToEndPk', projection: 'KEYS_ONLY' },
  /** Active charges whose expiry is not recorded yet, by expiry time. */
  byExpiry: { name: 'by-expiry', partitionKey: 'expiryPk', sortKey: 'expirySk', projection: 'KEYS_ONLY' },
} as const satisfies Record<string, IndexDefinition>;

export type PixIndex = (typeof pixIndexes)[keyof typeof pixIndexes];

/** The table the Pix subgraph keeps everything in: its items, the outbox index and the indexes above. */
export const pixTable = (tableName: string): TableDefinition => serviceTable(tableName, Object.values(pixIndexes));

export const itemKeys = {
  key: (value: string): ItemKey => ({ pk: `KEY#${value}`, sk: 'KEY' }),
  keyQuota: (ownerId: string): ItemKey => ({ pk: `OWNER#${ownerId}`, sk: 'KEY_QUOTA' }),
  keyConfirmation: (keyId: string): ItemKey => ({ pk: `KEY_CONFIRMATION#${keyId}`, sk: 'KEY_CONFIRMATION' }),
  sandboxInbox: (keyId: string): ItemKey => ({ pk: `SANDBOX_INBOX#${keyId}`, sk: 'SANDBOX_INBOX' }),
  charge: (txid: string): ItemKey => ({ pk: `CHARGE#${txid}`, sk: 'CHARGE' }),
  transfer: (id: string): ItemKey => ({ pk: `TRANSFER#${id}`, sk: 'TRANSFER' }),
};

type Entity = 'CHARGE' | 'TRANSFER';
type OwnedCollection = 'KEYS' | 'CHARGES' | 'TRANSFERS';

/** ISO 8601 UTC strings sort as the instants they name; the id breaks ties so that the order is total. */
const chronological = (at: Date, id: string): string => `${at.toISOString()}#${id}`;

export const ownerPartition = (ownerId: string, collection: OwnedCollection): string => `OWNER#${ownerId}#${collection}`;

export const ownerIndex = (ownerId: string, collection: OwnedCollection, createdAt: Date, id: string) => ({
  ownerPk: ownerPartition(ownerId, collection),
  ownerSk: chronological(createdAt, id),
});

/** Source and id are encoded so that a "#" inside either cannot make two references collide. */
export const referencePartition = (entity: Entity, { source, id }: ChargeReference): string =>
  `${entity}#${encodeURIComponent(source)}#${encodeURIComponent(id)}`;

export const referenceIndex = (entity: Entity, reference: ChargeReference, createdAt: Date, id: string) => ({
  referencePk: referencePartition(entity, reference),
  referenceSk: chronological(createdAt, id),
});

/** All charges due for expiry share one partition: they are read oldest expiry first, across receivers. */
export const EXPIRY_PARTITION = 'CHARGE';

export const expiryIndex = (expiresAt: Date) => ({ expiryPk: EXPIRY_PARTITION, expirySk: expiresAt.toISOString() });

export const endToEndIndex = (endToEndId: string) => ({ endToEndPk: endToEndId });

/** The attribute names each index reads, for removing an item from the indexes it has left. */
export const indexAttributes = (...indexes: readonly PixIndex[]): string[] =>
  indexes.flatMap((index) => ('sortKey' in index ? [index.partitionKey, index.sortKey] : [index.partitionKey]));
