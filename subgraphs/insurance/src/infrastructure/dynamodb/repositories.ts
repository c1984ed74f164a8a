import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { BusinessDate, Page, PageRequest, Stored } from '@bank/kernel';
import { DynamoDbAggregateStore, type AggregateItemMapper, type Item, type ItemKey, type EventsSaved } from '@bank/store-dynamodb';
import type { ClaimRecord, ClaimRepository, PolicyRecord, PolicyRepository, QuoteRecord, QuoteRepository } from '../../application/ports';
import { installmentToChargeNext, nextPremiumAutoDebitOn } from '../../domain';
import { claimFromRecordDocument, claimToRecordDocument } from '../documents/claim-document';
import { policyCodec, policyFromRecordDocument, policyToRecordDocument } from '../documents/policy-document';
import { quoteFromDocument, quoteToDocument } from '../documents/quote-document';
import {
  AUTO_DEBIT_DUE_PARTITION,
  autoDebitDueIndex,
  itemKeys,
  listingAttributes,
  listingIndex,
  listingPartition,
  PREMIUM_DUE_PARTITION,
  premiumDueIndex,
  type ListingAttributes,
  type TableOptions,
} from './insurance-table';
import { outboxEvents } from './outbox-events';

export interface RepositoryOptions extends TableOptions {
  /** Called after a write that saved events (wake the outbox relay). */
  readonly onEventsSaved?: EventsSaved;
}

/** One item per record: its JSON document under `record` (the store keeps `version` beside it), and the listing it appears in (which never changes). */
const recordItem = (key: ItemKey, record: Item, listing: ListingAttributes): ItemKey & Item => ({ ...key, record, ...listing });

/** A quote never changes, so its item stays at version 1. */
const quoteItems: AggregateItemMapper<QuoteRecord> = {
  name: 'auto quote',
  keyOf: itemKeys.quote,
  idOf: ({ quote }) => quote.id,
  toItem: (record) =>
    recordItem(
      itemKeys.quote(record.quote.id),
      quoteToDocument(record),
      listingAttributes('CUSTOMER_QUOTES', record.ownerId, record.quote.createdAt, record.quote.id),
    ),
  fromItem: ({ record }) => quoteFromDocument(record),
};

/** In the premium-due index while an installment remains to be charged; an update without them takes the policy out. */
function premiumDueAttributes(record: PolicyRecord): Record<string, string> {
  const next = installmentToChargeNext(record);
  return next === null ? {} : { [premiumDueIndex.partitionKey]: PREMIUM_DUE_PARTITION, [premiumDueIndex.sortKey]: next.dueOn.toString() };
}

/** In the auto-debit-due index while an automatic debit will fall due. */
function autoDebitDueAttributes(record: PolicyRecord): Record<string, string> {
  const on = nextPremiumAutoDebitOn(record);
  return on === null ? {} : { [autoDebitDueIndex.partitionKey]: AUTO_DEBIT_DUE_PARTITION, [autoDebitDueIndex.sortKey]: on.toString() };
}

const policyItems: AggregateItemMapper<PolicyRecord> = {
  name: 'auto policy',
  keyOf: itemKeys.policy,
  idOf: ({ policy }) => policy.id,
  toItem: (record) => {
    const { policy, holder } = record;
    const listing = listingAttributes('CUSTOMER_POLICIES', holder.customerId, policy.issuedAt, policy.id);
    return {
      ...recordItem(itemKeys.policy(policy.id), policyToRecordDocument(record), listing),
      ...premiumDueAttributes(record),
      ...autoDebitDueAttributes(record),
    };
  },
  fromItem: ({ record }) => policyFromRecordDocument(record),
  indexAttributes: [premiumDueIndex.partitionKey, premiumDueIndex.sortKey, autoDebitDueIndex.partitionKey, autoDebitDueIndex.sortKey],
};

const claimItems: AggregateItemMapper<ClaimRecord> = {
  name: 'auto claim',
  keyOf: itemKeys.claim,
  idOf: ({ claim }) => claim.id,
  toItem: (record) => {
    const { claim } = record;
    return recordItem(itemKeys.claim(claim.id), claimToRecordDocument(record), listingAttributes('POLICY_CLAIMS', claim.policyId, claim.filedAt, claim.id));
  },
  fromItem: ({ record }) => claimFromRecordDocument(record),
};

export class DynamoDbQuoteRepository extends DynamoDbAggregateStore<QuoteRecord> implements QuoteRepository {
  constructor(options: RepositoryOptions) {
    super({ ...options, items: quoteItems, envelopes: outboxEvents });
  }

  listByOwner(customerId: string, page: PageRequest): Promise<Page<Stored<QuoteRecord>>> {
    return this.newestFirst(listingIndex, listingPartition('CUSTOMER_QUOTES', customerId), page);
  }
}

export class DynamoDbPolicyRepository extends DynamoDbAggregateStore<PolicyRecord> implements PolicyRepository {
  /** Policies as JSON text, for a ReadThroughCache<Stored<PolicyRecord>>. */
  static readonly codec = policyCodec;

  constructor(options: RepositoryOptions) {
    super({ ...options, items: policyItems, envelopes: outboxEvents });
  }

  listByOwner(customerId: string, page: PageRequest): Promise<Page<Stored<PolicyRecord>>> {
    return this.newestFirst(listingIndex, listingPartition('CUSTOMER_POLICIES', customerId), page);
  }

  /** The index finds the candidates; their items, read consistently, are what the caller decides on (the index lags behind the table). */
  dueForCharge(dueBy: BusinessDate, limit: number): Promise<readonly Stored<PolicyRecord>[]> {
    return this.due(premiumDueIndex, PREMIUM_DUE_PARTITION, dueBy, limit);
  }

  dueForAutoDebit(dueBy: BusinessDate, limit: number): Promise<readonly Stored<PolicyRecord>[]> {
    return this.due(autoDebitDueIndex, AUTO_DEBIT_DUE_PARTITION, dueBy, limit);
  }

  private async due(
    index: { readonly name: string; readonly partitionKey: string; readonly sortKey: string },
    partition: string,
    dueBy: BusinessDate,
    limit: number,
  ): Promise<readonly Stored<PolicyRecord>[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: '#partition = :partition AND #due <= :dueBy',
        ExpressionAttributeNames: { '#partition': index.partitionKey, '#due': index.sortKey },
        ExpressionAttributeValues: { ':partition': partition, ':dueBy': dueBy.toString() },
        Limit: limit,
      }),
    );
    return this.readMany(Items.map((item) => ({ pk: String(item.pk), sk: String(item.sk) })));
  }
}

export class DynamoDbClaimRepository extends DynamoDbAggregateStore<ClaimRecord> implements ClaimRepository {
  constructor(options: RepositoryOptions) {
    super({ ...options, items: claimItems, envelopes: outboxEvents });
  }

  listByPolicy(policyId: string, page: PageRequest): Promise<Page<Stored<ClaimRecord>>> {
    return this.newestFirst(listingIndex, listingPartition('POLICY_CLAIMS', policyId), page);
  }
}
