import type { ClaimRecord, ClaimRepository, Page, PageRequest, PolicyRecord, PolicyRepository, QuoteRecord, QuoteRepository } from '../../application/ports';
import { claimFromRecordDocument, claimToRecordDocument } from '../documents/claim-document';
import { policyCodec, policyFromRecordDocument, policyToRecordDocument } from '../documents/policy-document';
import { quoteFromDocument, quoteToDocument } from '../documents/quote-document';
import { itemKeys, listingAttributes, listingPartition } from './insurance-table';
import { RecordStore, type RecordItems, type TableOptions } from './record-store';

/** A quote never changes, so its item stays at version 1. */
const quoteItems: RecordItems<QuoteRecord> = {
  name: 'auto quote',
  keyOf: itemKeys.quote,
  idOf: ({ quote }) => quote.id,
  versionOf: () => 1,
  toDocument: quoteToDocument,
  fromDocument: (document) => quoteFromDocument(document),
  listingOf: ({ quote, ownerId }) => listingAttributes('CUSTOMER_QUOTES', ownerId, quote.createdAt, quote.id),
};

const policyItems: RecordItems<PolicyRecord> = {
  name: 'auto policy',
  keyOf: itemKeys.policy,
  idOf: ({ policy }) => policy.id,
  versionOf: ({ version }) => version,
  toDocument: (record) => {
    const { version: _version, ...document } = policyToRecordDocument(record);
    return document;
  },
  fromDocument: (document, version) => policyFromRecordDocument({ ...(document as object), version }),
  listingOf: ({ policy, holder }) => listingAttributes('CUSTOMER_POLICIES', holder.customerId, policy.issuedAt, policy.id),
};

const claimItems: RecordItems<ClaimRecord> = {
  name: 'auto claim',
  keyOf: itemKeys.claim,
  idOf: ({ claim }) => claim.id,
  versionOf: ({ version }) => version,
  toDocument: (record) => {
    const { version: _version, ...document } = claimToRecordDocument(record);
    return document;
  },
  fromDocument: (document, version) => claimFromRecordDocument({ ...(document as object), version }),
  listingOf: ({ claim }) => listingAttributes('POLICY_CLAIMS', claim.policyId, claim.filedAt, claim.id),
};

export class DynamoDbQuoteRepository extends RecordStore<QuoteRecord> implements QuoteRepository {
  constructor(options: TableOptions) {
    super(options, quoteItems);
  }

  listByOwner(customerId: string, page: PageRequest): Promise<Page<QuoteRecord>> {
    return this.list(listingPartition('CUSTOMER_QUOTES', customerId), page);
  }
}

export class DynamoDbPolicyRepository extends RecordStore<PolicyRecord> implements PolicyRepository {
  /** Policies as JSON text, for a ReadThroughCache<PolicyRecord>. */
  static readonly codec = policyCodec;

  constructor(options: TableOptions) {
    super(options, policyItems);
  }

  listByOwner(customerId: string, page: PageRequest): Promise<Page<PolicyRecord>> {
    return this.list(listingPartition('CUSTOMER_POLICIES', customerId), page);
  }
}

export class DynamoDbClaimRepository extends RecordStore<ClaimRecord> implements ClaimRepository {
  constructor(options: TableOptions) {
    super(options, claimItems);
  }

  listByPolicy(policyId: string, page: PageRequest): Promise<Page<ClaimRecord>> {
    return this.list(listingPartition('POLICY_CLAIMS', policyId), page);
  }
}
