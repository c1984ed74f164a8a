import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { serviceTable, type IndexDefinition, type ItemKey, type TableDefinition } from '@bank/store-dynamodb';

/** Our own indexes (README.md has the access patterns). Every listing is a partition of `listing`. */
export const listingIndex = { name: 'listing', partitionKey: 'listPk', sortKey: 'listSk', projection: 'ALL' } as const satisfies IndexDefinition;

/** Sparse: only ACTIVE policies with an installment still to charge, all in one partition, by its due date. */
export const premiumDueIndex = {
  name: 'premium-due',
  partitionKey: 'premiumDuePk',
  sortKey: 'premiumDueOn',
  projection: 'KEYS_ONLY',
} as const satisfies IndexDefinition;

export const PREMIUM_DUE_PARTITION = 'PREMIUM_DUE';

/** Sparse: only ACTIVE policies with the automatic debit on and a charged installment never debited, all in one partition, by its due date. */
export const autoDebitDueIndex = {
  name: 'auto-debit-due',
  partitionKey: 'autoDebitDuePk',
  sortKey: 'autoDebitDueOn',
  projection: 'KEYS_ONLY',
} as const satisfies IndexDefinition;

export const AUTO_DEBIT_DUE_PARTITION = 'AUTO_DEBIT_DUE';

/** The table the insurance subgraph keeps everything in: its items, the outbox index and our own. */
export const insuranceTable = (tableName: string): TableDefinition => serviceTable(tableName, [listingIndex, premiumDueIndex, autoDebitDueIndex]);

export interface TableOptions {
  readonly client: DynamoDBDocumentClient;
  /** The insurance table (insuranceTable). */
  readonly tableName: string;
}

export const itemKeys = {
  quote: (id: string): ItemKey => ({ pk: `QUOTE#${id}`, sk: 'QUOTE' }),
  policy: (id: string): ItemKey => ({ pk: `POLICY#${id}`, sk: 'POLICY' }),
  claim: (id: string): ItemKey => ({ pk: `CLAIM#${id}`, sk: 'CLAIM' }),
  activePolicyCount: { pk: 'STATS#POLICIES', sk: 'ACTIVE' } satisfies ItemKey,
};

export type Listing = 'CUSTOMER_QUOTES' | 'CUSTOMER_POLICIES' | 'POLICY_CLAIMS';

export interface ListingAttributes {
  readonly listPk: string;
  readonly listSk: string;
}

export const listingPartition = (listing: Listing, parentId: string): string => `${listing}#${parentId}`;

/** ISO 8601 UTC strings sort as the instants they name; the id breaks ties, so the order is total. */
export const listingAttributes = (listing: Listing, parentId: string, createdAt: Date, id: string): ListingAttributes => ({
  listPk: listingPartition(listing, parentId),
  listSk: `${createdAt.toISOString()}#${id}`,
});
