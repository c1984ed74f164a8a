import type { PixChargeRefused } from '@bank/contracts';
import type { AppError, DomainEvent, Transition } from '@bank/kernel';
import type { ChargeReference } from './events';

export type ChargeRefused = DomainEvent<'pix.charge.refused', PixChargeRefused>;

/**
 * A charge another subgraph requested that Pix will not create (its amount over the charge ceiling,
 * a payer name no BR Code can carry, ...): kept under the requested txid, so a redelivered request
 * gets the same answer and its event is published once.
 */
export interface ChargeRefusal {
  readonly txid: string;
  readonly reference: ChargeReference;
  readonly code: PixChargeRefused['code'];
  readonly field: string | null;
  readonly message: string;
  readonly refusedAt: Date;
}

/** The refusal of the request for `txid`, from the error that refused it (a BAD_USER_INPUT keeps its code; any other refusal is UNPROCESSABLE). */
export function refuseChargeRequest(
  { txid, reference }: { txid: string; reference: ChargeReference },
  error: AppError,
  now: Date,
): Transition<ChargeRefusal, ChargeRefused> {
  const state: ChargeRefusal = {
    txid,
    reference,
    code: error.code === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : 'UNPROCESSABLE',
    field: error.field ?? null,
    message: error.message,
    refusedAt: now,
  };
  const data: PixChargeRefused = { ...state, refusedAt: now.toISOString() };
  return { state, events: [{ type: 'pix.charge.refused', subject: txid, occurredAt: now, data }] };
}
