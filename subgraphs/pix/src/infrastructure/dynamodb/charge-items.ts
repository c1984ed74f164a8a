import type { AggregateItemMapper } from '@bank/store-dynamodb';
import type { Charge } from '../../domain';
import { chargeFromDocument, chargeToDocument } from '../documents/charge-document';
import { endToEndIndex, expiryIndex, indexAttributes, itemKeys, ownerIndex, pixIndexes, referenceIndex } from './pix-table';

/** The index attributes that apply to the charge now: each index holds it only while it belongs there. */
function chargeIndexes(charge: Charge) {
  const { receiver, reference, createdAt, txid } = charge;
  return {
    ...(receiver.customerId === null ? {} : ownerIndex(receiver.customerId, 'CHARGES', createdAt, txid)),
    ...(reference === null ? {} : referenceIndex('CHARGE', reference, createdAt, txid)),
    ...(charge.status === 'COMPLETED' ? endToEndIndex(charge.payments[0].endToEndId) : {}),
    ...(charge.status === 'ACTIVE' && !charge.expiryRecorded ? expiryIndex(charge.expiresAt) : {}),
  };
}

/**
 * A charge's item: its ChargeDocument under `charge` (the store keeps `version` beside it), and its index attributes. Named attributes keep clear of the table's TTL attribute (`expiresAt`).
 */
export const chargeItems: AggregateItemMapper<Charge> = {
  name: 'charge',
  keyOf: itemKeys.charge,
  idOf: (charge) => charge.txid,
  toItem: (charge) => ({ ...itemKeys.charge(charge.txid), charge: chargeToDocument(charge), ...chargeIndexes(charge) }),
  fromItem: ({ charge }) => chargeFromDocument(charge),
  indexAttributes: indexAttributes(pixIndexes.byOwner, pixIndexes.byReference, pixIndexes.byEndToEndId, pixIndexes.byExpiry),
};
