import { PIX_ORDER_SOURCE, type PixCreditRefused, type PixInstitution, type PixPaymentOrdered, type PixRefusal } from '@bank/contracts';
import { isAppError, Money, StaleVersionError, TaxId, UNSAVED } from '@bank/kernel';
import { decodeBrCode, NO_TXID, parseAnyKey, Charge, PixError, Transfer, type DecodedBrCode, type PixKey } from '../domain';
import type { Pix } from './context';
import { findHeld, normalizedForms } from './keys';

/** The institution an outside receiver is at, as the simulated central system answers. */
export const SIMULATED_OUTSIDE_INSTITUTION: PixInstitution = { ispb: '00000001', name: 'Outra instituição (simulada)' };

const ourInstitution = (pix: Pix): PixInstitution => ({ ispb: pix.settings.institution.ispb, name: pix.settings.institution.name });

/**
 * A Pix the accounts subgraph holds on a payer's account and orders from us. A charge of this bank is
 * paid (once, by the charge's conditional write); a key of this bank settles at once; any other key
 * goes to the simulated central system. Every order gets exactly one answer: pix.charge.paid with the
 * order, or pix.transfer.settled / pix.transfer.failed with the order's id.
 */
export async function handlePaymentOrder(pix: Pix, order: PixPaymentOrdered): Promise<unknown> {
  if ((await pix.transfers.get(order.orderId)) !== null) return null;
  const amount = Money.parse(order.amount);
  if (order.target.type === 'KEY') return sendToKey(pix, order, order.target.key, amount);
  let decoded: DecodedBrCode;
  try {
    decoded = decodeBrCode(order.target.brCode);
  } catch (error) {
    if (!isAppError(error)) throw error;
    return refuse(pix, order, null, { code: 'BAD_USER_INPUT', reason: 'INVALID_BR_CODE' }, error.message);
  }
  const receiver = await findHeld(pix, decoded.key);
  if (receiver?.status === 'PENDING_CONFIRMATION') return refuseUnconfirmed(pix, order, receiver.key);
  if (decoded.txid !== NO_TXID) {
    if (receiver !== null) return payCharge(pix, order, decoded.txid, receiver.key.value, amount);
    // A charge of ours whose key was deleted since: the charge answers (removed), not a bank elsewhere.
    const charge = await pix.charges.get(decoded.txid);
    if (charge !== null && normalizedForms(decoded.key).includes(charge.receiver.key.value)) {
      return payCharge(pix, order, decoded.txid, charge.receiver.key.value, amount);
    }
  }
  return sendToKey(pix, order, decoded.key, amount);
}

async function payCharge(pix: Pix, order: PixPaymentOrdered, txid: string, key: string, amount: Money): Promise<unknown> {
  for (;;) {
    const charge = await pix.charges.get(txid);
    if (charge === null || charge.receiver.key.value !== key) {
      return refuse(pix, order, null, { code: 'NOT_FOUND', reason: 'CHARGE_NOT_FOUND' }, `No Pix charge ${txid} to ${key}`);
    }
    if (charge.payments[0]?.order?.id === order.orderId) return charge;
    const now = pix.clock.now();
    try {
      const payer = { name: order.payer.name, document: TaxId.parse(order.payer.document), customerId: order.payer.customerId };
      const paidBy = { id: order.orderId, accountId: order.accountId };
      const { state, events } = Charge.pay(
        charge,
        { endToEndId: pix.ids.endToEndId(now), amount, payer, payerInstitution: ourInstitution(pix), order: paidBy },
        now,
      );
      await pix.charges.save(state, charge.version, events);
      pix.metrics.charge('paid', amount);
      return state;
    } catch (error) {
      // Another payment wrote first: read the charge again, which now refuses this one (or was this one's).
      if (error instanceof StaleVersionError) continue;
      if (error instanceof PixError) return refuse(pix, order, charge.receiver.key, { code: refusalCode(error.code), reason: error.reason }, error.message);
      throw error;
    }
  }
}

async function sendToKey(pix: Pix, order: PixPaymentOrdered, rawKey: string, amount: Money): Promise<unknown> {
  let key: PixKey;
  try {
    key = parseAnyKey(rawKey, 'toKey');
  } catch (error) {
    if (!isAppError(error)) throw error;
    return refuse(pix, order, null, { code: 'BAD_USER_INPUT', reason: 'INVALID_KEY' }, error.message);
  }
  const receiver = await findHeld(pix, key.value);
  if (receiver?.status === 'PENDING_CONFIRMATION') return refuseUnconfirmed(pix, order, key);
  if (receiver !== null && (receiver.ownerId === order.payer.customerId || receiver.ownerId === pix.settings.institution.customerId)) {
    return refuse(pix, order, key, { code: 'BAD_USER_INPUT', reason: 'OWN_KEY' }, 'This key is your own (or the bank’s): send to someone else’s');
  }
  const now = pix.clock.now();
  const requested = Transfer.request(
    { id: order.orderId, sender: order.payer, toKey: key, amount, description: order.description, reference: { source: PIX_ORDER_SOURCE, id: order.orderId } },
    now,
  );
  if (receiver === null) {
    await pix.transfers.save(requested.state, UNSAVED, requested.events);
    pix.metrics.transfer('requested');
    return requested.state;
  }
  // A key of this bank: no central system, settled now (the worker's event is not needed).
  const settled = Transfer.settle(
    requested.state,
    {
      endToEndId: pix.ids.endToEndId(now),
      receiver: { name: receiver.holderName, document: receiver.holderDocument.value, customerId: receiver.ownerId },
      receiverInstitution: ourInstitution(pix),
    },
    now,
  );
  await pix.transfers.save(settled.state, UNSAVED, settled.events);
  pix.metrics.transfer('settled', 0);
  return settled.state;
}

/** A key of this bank still waiting for its code is in no DICT lookup: nobody can pay to it yet. */
const refuseUnconfirmed = (pix: Pix, order: PixPaymentOrdered, key: PixKey): Promise<unknown> =>
  refuse(pix, order, key, { code: 'NOT_FOUND', reason: 'KEY_NOT_FOUND' }, `No Pix key ${key.value}`);

const refusalCode = (code: string): PixRefusal['code'] => (code === 'CONFLICT' || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? code : 'UNPROCESSABLE');

/** Records the refusal as a failed transfer of the order's id: its event tells accounts to release the hold. */
async function refuse(pix: Pix, order: PixPaymentOrdered, key: PixKey | null, refusal: PixRefusal, message: string): Promise<unknown> {
  const now = pix.clock.now();
  const requested = Transfer.request(
    {
      id: order.orderId,
      sender: order.payer,
      toKey: key,
      amount: Money.parse(order.amount),
      description: order.description,
      reference: { source: PIX_ORDER_SOURCE, id: order.orderId },
    },
    now,
  );
  const failed = Transfer.fail(requested.state, message, now, refusal);
  await pix.transfers.save(failed.state, UNSAVED, failed.events);
  pix.metrics.transfer('failed', 0);
  return failed.state;
}

/** Accounts could not credit the receiver of an order we settled inside the bank: the transfer fails as the order did. */
export async function refuseOrderCredit(pix: Pix, { orderId, refusal, reason }: PixCreditRefused): Promise<unknown> {
  const transfer = await pix.transfers.get(orderId);
  if (transfer === null) throw new Error(`no Pix transfer ${orderId}`);
  const refused = Transfer.refuseCredit(transfer, { reason, refusal }, pix.clock.now());
  if (refused === null) return transfer;
  await pix.transfers.save(refused.state, transfer.version, refused.events);
  pix.metrics.transfer('failed', 0);
  return refused.state;
}
