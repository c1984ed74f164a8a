import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent, Page, PageRequest } from '@bank/kernel';
import { VersionedItemStore } from '@bank/store-dynamodb';
import type { ChargeRepository } from '../../application/ports';
import type { ActiveCharge, Charge, ChargeReference } from '../../domain';
import { chargeCodec } from '../documents/charge-document';
import { chargeItems } from './charge-items';
import { outboxEvents } from './outbox-events';
import { EXPIRY_PARTITION, ownerPartition, pixIndexes, referencePartition } from './pix-table';

export interface DynamoDbChargeRepositoryOptions {
  readonly client: DynamoDBDocumentClient;
  /** The Pix table (pixTable). */
  readonly tableName: string;
  /** Called after a write that saved events (wake the outbox relay). */
  readonly onEventsSaved?: () => void;
}

/** Charges in the Pix table, each change saved with its events in one conditional write. */
export class DynamoDbChargeRepository implements ChargeRepository {
  /** Charges as JSON text, for a ReadThroughCache<Charge>. */
  static readonly codec = chargeCodec;

  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly store: VersionedItemStore<Charge>;

  constructor({ client, tableName, onEventsSaved }: DynamoDbChargeRepositoryOptions) {
    this.client = client;
    this.tableName = tableName;
    this.store = new VersionedItemStore({ client, tableName, items: chargeItems, envelopes: outboxEvents, onEventsSaved });
  }

  create(charge: ActiveCharge, events: readonly DomainEvent[]): Promise<void> {
    return this.store.create(charge, events);
  }

  update(charge: Charge, expectedVersion: number, events: readonly DomainEvent[]): Promise<void> {
    return this.store.update(charge, expectedVersion, events);
  }

  get(txid: string): Promise<Charge | null> {
    return this.store.get(txid);
  }

  getMany(txids: readonly string[]): Promise<ReadonlyMap<string, Charge>> {
    return this.store.getMany(txids);
  }

  findByEndToEndId(endToEndId: string): Promise<Charge | null> {
    return this.store.findInIndex(pixIndexes.byEndToEndId, endToEndId);
  }

  /** The newest charge carrying the reference. */
  findByReference(reference: ChargeReference): Promise<Charge | null> {
    return this.store.findInIndex(pixIndexes.byReference, referencePartition('CHARGE', reference));
  }

  listByReceiver(customerId: string, page: PageRequest): Promise<Page<Charge>> {
    return this.store.newestFirst(pixIndexes.byOwner, ownerPartition(customerId, 'CHARGES'), page);
  }

  /**
   * Oldest expiry first. The index finds the candidates; their items, read consistently, decide, so
   * a charge the index has not caught up with yet (just paid, removed or expired) is left out.
   */
  async dueForExpiry(now: Date, limit: number): Promise<readonly ActiveCharge[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: pixIndexes.byExpiry.name,
        KeyConditionExpression: '#partition = :partition AND #due <= :now',
        ExpressionAttributeNames: { '#partition': pixIndexes.byExpiry.partitionKey, '#due': pixIndexes.byExpiry.sortKey },
        ExpressionAttributeValues: { ':partition': EXPIRY_PARTITION, ':now': now.toISOString() },
        Limit: limit,
      }),
    );
    const charges = await this.store.readMany(Items.map((item) => ({ pk: String(item.pk), sk: String(item.sk) })));
    return charges.filter(
      (charge): charge is ActiveCharge => charge.status === 'ACTIVE' && !charge.expiryRecorded && charge.expiresAt.getTime() <= now.getTime(),
    );
  }
}
