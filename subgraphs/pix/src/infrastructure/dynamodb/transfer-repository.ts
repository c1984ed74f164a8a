import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest, Stored } from '@bank/kernel';
import { DynamoDbAggregateStore, type EventsSaved } from '@bank/store-dynamodb';
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
  readonly onEventsSaved?: EventsSaved;
}

/** Transfers in the Pix table, each change saved with its events in one conditional write. */
export class DynamoDbTransferRepository extends DynamoDbAggregateStore<Transfer> implements TransferRepository {
  constructor({ client, tableName, onEventsSaved }: DynamoDbTransferRepositoryOptions) {
    super({ client, tableName, items: transferItems, envelopes: outboxEvents, onEventsSaved });
  }

  /** The newest transfer carrying the reference. */
  findByReference(reference: ChargeReference): Promise<Stored<Transfer> | null> {
    return this.findInIndex(pixIndexes.byReference, referencePartition('TRANSFER', reference));
  }

  listBySender(customerId: string, page: PageRequest): Promise<Page<Stored<Transfer>>> {
    return this.newestFirst(pixIndexes.byOwner, ownerPartition(customerId, 'TRANSFERS'), page);
  }
}
