import { createHash } from 'node:crypto';
import type { Reference } from '@bank/contracts';
import { badInput } from '@bank/kernel';
import { parseAccountId, parseTransferId, type AccountId, type TransferId } from '../ledger/domain';

const KEY = /^[A-Za-z0-9_-]{1,64}$/;

const digest = (...parts: readonly string[]): string => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 40);

/** A customer's checking account: one per customer, so its id follows from theirs and opening it twice opens one. */
export const checkingAccountIdOf = (customerId: string): AccountId => parseAccountId(`checking-${digest(customerId)}`);

/**
 * The ledger transfer of an idempotent request: the same caller, operation and key always name the
 * same transfer, so a retry returns it and a retry with other fields is the ledger's CONFLICT.
 */
export function transferIdOf(callerId: string, operation: string, idempotencyKey: string): TransferId {
  if (!KEY.test(idempotencyKey)) throw badInput('idempotencyKey must be 1 to 64 of A-Z a-z 0-9 _ -', 'idempotencyKey');
  return parseTransferId(`${operation}-${digest(callerId, operation, idempotencyKey)}`);
}

/** The ledger transfer that settles (part of) another subgraph's request: derived from its reference, so a redelivery finds it. */
export const settlementTransferIdOf = ({ source, id }: Reference, part: 'credit' | 'tax' | 'debit'): TransferId =>
  parseTransferId(`settlement-${part}-${digest(source, id)}`);
