import { notFound, parseAmountFor } from '@bank/kernel';
import type { AuthenticatedPrincipal } from '@bank/identity';
import { withIdempotency } from '@bank/messaging';
import { Charge, parseEndToEndId, type Refund } from '../domain';
import type { Pix } from './context';

export interface RefundCommand {
  readonly endToEndId: string;
  readonly amount: string;
  readonly reason: string;
}

/** A refund, with the payment it returns. */
export interface PaymentRefund extends Refund {
  readonly endToEndId: string;
}

/**
 * The receiver returns part or all of a payment to its payer (devolução); a retry with the same
 * idempotency key returns the same refund instead of refunding again.
 */
export async function refundPayment(pix: Pix, principal: AuthenticatedPrincipal, command: RefundCommand, idempotencyKey: string): Promise<PaymentRefund> {
  const endToEndId = parseEndToEndId(command.endToEndId);
  const amount = parseAmountFor('PIX_REFUND', command.amount, 'amount');
  const refundId = await withIdempotency(pix.idempotency, { scope: `${principal.id}:refundPixPayment`, key: idempotencyKey, input: command }, async () => {
    const charge = await receivedPayment(pix, principal, endToEndId);
    const id = pix.ids.uuid();
    const { state, events } = Charge.refund(charge, { id, endToEndId, amount, reason: command.reason }, pix.clock.now());
    await pix.charges.save(state, charge.version, events);
    return id;
  });
  const { payments } = await receivedPayment(pix, principal, endToEndId);
  const refund = payments.flatMap(({ refunds }) => refunds).find(({ id }) => id === refundId);
  if (refund === undefined) throw new Error(`refund ${refundId} of ${endToEndId} was saved but is not on its payment`);
  return { ...refund, endToEndId };
}

async function receivedPayment(pix: Pix, principal: AuthenticatedPrincipal, endToEndId: string) {
  const charge = await pix.charges.findByEndToEndId(endToEndId);
  if (charge === null || charge.receiver.customerId !== principal.id) throw notFound(`No Pix payment ${endToEndId}`);
  return charge;
}
