import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest, Stored } from '@bank/kernel';
import { DynamoDbAggregateStore, type EventsSaved } from '@bank/store-dynamodb';
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
  readonly onEventsSaved?: EventsSaved;
}

/** Charges in the Pix table, each change saved with its events in one conditional write. */
export class DynamoDbChargeRepository extends DynamoDbAggregateStore<Charge> implements ChargeRepository {
  /** Charges as JSON text, for a ReadThroughCache<Stored<Charge>>. */
  static readonly codec = chargeCodec;

  constructor({ client, tableName, onEventsSaved }: DynamoDbChargeRepositoryOptions) {
    super({ client, tableName, items: chargeItems, envelopes: outboxEvents, onEventsSaved });
  }

  findByEndToEndId(endToEndId: string): Promise<Stored<Charge> | null> {
    return this.findInIndex(pixIndexes.byEndToEndId, endToEndId);
  }

  /** The newest charge carrying the reference. */
  findByReference(reference: ChargeReference): Promise<Stored<Charge> | null> {
    return this.findInIndex(pixIndexes.byReference, referencePartition('CHARGE', reference));
  }

  listByReceiver(customerId: string, page: PageRequest): Promise<Page<Stored<Charge>>> {
    return this.newestFirst(pixIndexes.byOwner, ownerPartition(customerId, 'CHARGES'), page);
  }

  /**
   * Oldest expiry first. The index finds the candidates; their items, read consistently, decide, so
   * a charge the index has not caught up with yet (just paid, removed or expired) is left out.
   */
  async dueForExpiry(now: Date, limit: number): Promise<readonly Stored<ActiveCharge>[]> {
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
    const charges = await this.readMany(Items.map((item) => ({ pk: String(item.pk), sk: String(item.sk) })));
    return charges.filter(
      (charge): charge is Stored<ActiveCharge> => charge.status === 'ACTIVE' && !charge.expiryRecorded && charge.expiresAt.getTime() <= now.getTime(),
    );
  }
}
