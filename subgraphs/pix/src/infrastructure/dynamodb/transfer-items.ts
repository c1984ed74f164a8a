import type { VersionedItemMapper } from '@bank/store-dynamodb';
import type { Transfer } from '../../domain';
import { transferFromDocument, transferToDocument } from '../documents/transfer-document';
import { indexAttributes, itemKeys, ownerIndex, pixIndexes, referenceIndex } from './pix-table';

function transferIndexes({ sender, reference, createdAt, id }: Transfer) {
  return {
    ...(sender.customerId === null ? {} : ownerIndex(sender.customerId, 'TRANSFERS', createdAt, id)),
    ...(reference === null ? {} : referenceIndex('TRANSFER', reference, createdAt, id)),
  };
}

/** A transfer's item: `version` at the top (the optimistic lock), the rest of its TransferDocument under `transfer`, and its index attributes. */
export const transferItems: VersionedItemMapper<Transfer> = {
  name: 'transfer',
  keyOf: itemKeys.transfer,
  idOf: (transfer) => transfer.id,
  toItem(transfer) {
    const { version, ...document } = transferToDocument(transfer);
    return { ...itemKeys.transfer(transfer.id), version, transfer: document, ...transferIndexes(transfer) };
  },
  fromItem: ({ transfer, version }) => transferFromDocument({ ...transfer, version }),
  indexAttributes: indexAttributes(pixIndexes.byOwner, pixIndexes.byReference),
};
