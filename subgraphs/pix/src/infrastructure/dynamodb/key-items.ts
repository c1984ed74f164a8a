import { TaxId } from '@bank/kernel';
import type { Item } from '@bank/store-dynamodb';
import { z } from 'zod';
import type { PixKeyRecord } from '../../application/ports';
import { fromInstant, fromKey, instant, keyDocument, toInstant, toKey } from '../documents/fields';
import { itemKeys, ownerIndex } from './pix-table';

const keyItem = z.object({
  // Keys registered before proof of possession: their id is their value, and they are active.
  id: z.string().optional(),
  status: z.enum(['ACTIVE', 'PENDING_CONFIRMATION']).default('ACTIVE'),
  key: keyDocument,
  ownerId: z.string(),
  holderName: z.string(),
  holderDocument: z.string(),
  createdAt: instant,
});

/**
 * A key's item: the claim that makes the key unique (its `pk` is the key), in the owner's
 * by-owner partition, carrying the reservation of the owner's quota slot it took.
 */
export function keyToItem(record: PixKeyRecord, reservation: string): Item {
  const { id, status, key, ownerId, holderName, holderDocument, createdAt } = record;
  return {
    ...itemKeys.key(key.value),
    id,
    status,
    key: toKey(key),
    ownerId,
    holderName,
    holderDocument: holderDocument.value,
    createdAt: toInstant(createdAt),
    reservation,
    ...ownerIndex(ownerId, 'KEYS', createdAt, key.value),
  };
}

export function keyFromItem(item: Item): PixKeyRecord {
  const { id, status, key, ownerId, holderName, holderDocument, createdAt } = keyItem.parse(item);
  return {
    id: id ?? key.value,
    status,
    key: fromKey(key),
    ownerId,
    holderName,
    holderDocument: TaxId.parse(holderDocument),
    createdAt: fromInstant(createdAt),
  };
}
