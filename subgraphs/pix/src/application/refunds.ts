import { notFound, Money } from '@bank/kernel';
import type { AuthenticatedPrincipal } from '@bank/identity';
import { Charge, parseEndToEndId, type Refund } from '../domain';
import type { Pix } from './context';

export interface RefundCommand {
  readonly endToEndId: string;
  readonly amount: string;
  readonly reason: string;
}

/** The receiver returns part or all of a payment to its payer (devolução). */
export async function refundPayment(pix: Pix, principal: AuthenticatedPrincipal, command: RefundCommand): Promise<Refund> {
  const endToEndId = parseEndToEndId(command.endToEndId);
  const amount = Money.parsePositive(command.amount, 'amount');
  const charge = await pix.charges.findByEndToEndId(endToEndId);
  if (charge === null || charge.receiver.customerId !== principal.id) throw notFound(`No Pix payment ${endToEndId}`);
  const { state, events } = Charge.refund(charge, { id: pix.ids.uuid(), endToEndId, amount, reason: command.reason }, pix.clock.now());
  await pix.charges.save(state, charge.version, events);
  const refund = state.payments[0].refunds.at(-1);
  if (refund === undefined) throw new Error('a refund transition always records the refund');
  return refund;
}
