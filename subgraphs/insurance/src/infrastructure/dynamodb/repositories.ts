import type { Page, PageRequest } from '@bank/domain';
import { VersionedItemStore, type Item, type ItemKey, type VersionedItem, type VersionedItemMapper } from '@bank/dynamodb';
import type { ClaimRecord, ClaimRepository, PolicyRecord, PolicyRepository, QuoteRecord, QuoteRepository } from '../../application/ports';
import { claimFromRecordDocument, claimToRecordDocument } from '../documents/claim-document';
import { policyCodec, policyFromRecordDocument, policyToRecordDocument } from '../documents/policy-document';
import { quoteFromDocument, quoteToDocument } from '../documents/quote-document';
import { itemKeys, listingAttributes, listingIndex, listingPartition, type ListingAttributes, type TableOptions } from './insurance-table';
import { outboxEvents } from './outbox-events';

export interface RepositoryOptions extends TableOptions {
  /** Called after a write that saved events (wake the outbox relay). */
  readonly onEventsSaved?: () => void;
}

/** One item per record: its JSON document under `record`, its version beside it, and the listing it appears in (which never changes). */
const recordItem = (key: ItemKey, version: number, record: Item, listing: ListingAttributes): VersionedItem => ({ ...key, version, record, ...listing });

/** A quote never changes, so its item stays at version 1. */
const quoteItems: VersionedItemMapper<QuoteRecord> = {
  name: 'auto quote',
  keyOf: itemKeys.quote,
  idOf: ({ quote }) => quote.id,
  toItem: (record) =>
    recordItem(itemKeys.quote(record.quote.id), 1, quoteToDocument(record), listingAttributes('CUSTOMER_QUOTES', record.ownerId, record.quote.createdAt, record.quote.id)),
  fromItem: ({ record }) => quoteFromDocument(record),
};

const policyItems: VersionedItemMapper<PolicyRecord> = {
  name: 'auto policy',
  keyOf: itemKeys.policy,
  idOf: ({ policy }) => policy.id,
  toItem: (record) => {
    const { policy, holder } = record;
    const { version, ...document } = policyToRecordDocument(record);
    return recordItem(itemKeys.policy(policy.id), version, document, listingAttributes('CUSTOMER_POLICIES', holder.customerId, policy.issuedAt, policy.id));
  },
  fromItem: ({ record, version }) => policyFromRecordDocument({ ...record, version }),
};

const claimItems: VersionedItemMapper<ClaimRecord> = {
  name: 'auto claim',
  keyOf: itemKeys.claim,
  idOf: ({ claim }) => claim.id,
  toItem: (record) => {
    const { claim } = record;
    const { version, ...document } = claimToRecordDocument(record);
    return recordItem(itemKeys.claim(claim.id), version, document, listingAttributes('POLICY_CLAIMS', claim.policyId, claim.filedAt, claim.id));
  },
  fromItem: ({ record, version }) => claimFromRecordDocument({ ...record, version }),
};

export class DynamoDbQuoteRepository extends VersionedItemStore<QuoteRecord> implements QuoteRepository {
  constructor(options: RepositoryOptions) {
    super({ ...options, items: quoteItems, envelopes: outboxEvents });
  }

  listByOwner(customerId: string, page: PageRequest): Promise<Page<QuoteRecord>> {
    return this.newestFirst(listingIndex, listingPartition('CUSTOMER_QUOTES', customerId), page);
  }
}

export class DynamoDbPolicyRepository extends VersionedItemStore<PolicyRecord> implements PolicyRepository {
  /** Policies as JSON text, for a ReadThroughCache<PolicyRecord>. */
  static readonly codec = policyCodec;

  constructor(options: RepositoryOptions) {
    super({ ...options, items: policyItems, envelopes: outboxEvents });
  }

  listByOwner(customerId: string, page: PageRequest): Promise<Page<PolicyRecord>> {
    return this.newestFirst(listingIndex, listingPartition('CUSTOMER_POLICIES', customerId), page);
  }
}

export class DynamoDbClaimRepository extends VersionedItemStore<ClaimRecord> implements ClaimRepository {
  constructor(options: RepositoryOptions) {
    super({ ...options, items: claimItems, envelopes: outboxEvents });
  }

  listByPolicy(policyId: string, page: PageRequest): Promise<Page<ClaimRecord>> {
    return this.newestFirst(listingIndex, listingPartition('POLICY_CLAIMS', policyId), page);
  }
}
