import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent, Page, PageRequest } from '@bank/kernel';
import { VersionedItemStore } from '@bank/store-dynamodb';
import type { TransferRepository } from '../../application/ports';
import type { ChargeReference, Transfer } from '../../domain';
import { outboxEvents } from './outbox-events';
import { ownerPartition, pixIndexes, referencePartition } from './pix-table';
import { transferItems } from './transfer-items';

export interface DynamoDbTransferRepositoryOptions {
  readonly client: DynamoDBDocumentClient;
  /** The Pix table (pixTable). */
  readonly tableName: string;
  /** Called after a write that saved events (wake the outbox relay). */
  readonly onEventsSaved?: () => void;
}

/** Transfers in the Pix table, each change saved with its events in one conditional write. */
export class DynamoDbTransferRepository implements TransferRepository {
  private readonly store: VersionedItemStore<Transfer>;

  constructor({ client, tableName, onEventsSaved }: DynamoDbTransferRepositoryOptions) {
    this.store = new VersionedItemStore({ client, tableName, items: transferItems, envelopes: outboxEvents, onEventsSaved });
  }

  create(transfer: Transfer, events: readonly DomainEvent[]): Promise<void> {
    return this.store.create(transfer, events);
  }

  update(transfer: Transfer, expectedVersion: number, events: readonly DomainEvent[]): Promise<void> {
    return this.store.update(transfer, expectedVersion, events);
  }

  get(id: string): Promise<Transfer | null> {
    return this.store.get(id);
  }

  /** The newest transfer carrying the reference. */
  findByReference(reference: ChargeReference): Promise<Transfer | null> {
    return this.store.findInIndex(pixIndexes.byReference, referencePartition('TRANSFER', reference));
  }

  listBySender(customerId: string, page: PageRequest): Promise<Page<Transfer>> {
    return this.store.newestFirst(pixIndexes.byOwner, ownerPartition(customerId, 'TRANSFERS'), page);
  }
}
