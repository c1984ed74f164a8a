import type { AggregateItemMapper } from '@bank/store-dynamodb';
import type { Transfer } from '../../domain';
import { transferFromDocument, transferToDocument } from '../documents/transfer-document';
import { indexAttributes, itemKeys, ownerIndex, pixIndexes, referenceIndex } from './pix-table';

function transferIndexes({ sender, reference, createdAt, id }: Transfer) {
  return {
    ...(sender.customerId === null ? {} : ownerIndex(sender.customerId, 'TRANSFERS', createdAt, id)),
    ...(reference === null ? {} : referenceIndex('TRANSFER', reference, createdAt, id)),
  };
}

/** A transfer's item: its TransferDocument under `transfer` (the store keeps `version` beside it), and its index attributes. */
export const transferItems: AggregateItemMapper<Transfer> = {
  name: 'transfer',
  keyOf: itemKeys.transfer,
  idOf: (transfer) => transfer.id,
  toItem: (transfer) => ({ ...itemKeys.transfer(transfer.id), transfer: transferToDocument(transfer), ...transferIndexes(transfer) }),
  fromItem: ({ transfer }) => transferFromDocument(transfer),
  indexAttributes: indexAttributes(pixIndexes.byOwner, pixIndexes.byReference),
};
