import {
  PIX_CHARGE_CREDITS,
  PIX_ORDER_SOURCE,
  PIX_PAYMENT_EVENTS,
  type PixCreditRefused,
  type PixChargePaid,
  type PixInstitution,
  type PixRefusal,
  type PixTransferFailed,
  type PixTransferSettled,
} from '@bank/contracts';
import { Money, unprocessable, type DomainEvent } from '@bank/kernel';
import type { z } from 'zod';
import { chargeCreditIdOf, orderTransferIds, type PixOrder, type PixReceipt, type ReceiptParty } from '../../domain/pix';
import { BANK_ACCOUNTS, isLedgerError, parseAccountId, type AccountId, type TransferId, type TransferRequest } from '../../ledger';
import type { Accounts } from '../context';
import type { OrderOutcome } from './ports';

/** The events as the consumers' schemas parse them (fields added later filled in). */
type Settled = z.output<typeof PixTransferSettled>;
type Failed = z.output<typeof PixTransferFailed>;
type Paid = z.output<typeof PixChargePaid>;

const isOrder = (reference: { source: string } | null): boolean => reference?.source === PIX_ORDER_SOURCE;

/**
 * Pix settled an order's transfer: to a customer of this bank the hold is voided and the money moves
 * to the receiver's account in the same transaction; to another institution the hold is posted to the
 * central-bank settlement account.
 */
export async function settleOrder(context: Accounts, settled: Settled): Promise<boolean | null> {
  if (!isOrder(settled.reference)) return null;
  const order = await context.pix.store.findOrder(settled.transferId);
  if (order === null || order.status !== 'PENDING') return null;
  const ids = orderTransferIds(order.id);
  const now = context.clock.now();
  const receiverAccount = settled.receiver.customerId === null ? null : await checkingAccountOf(context, settled.receiver.customerId);
  if (settled.receiver.customerId !== null && receiverAccount === null) {
    const refusal: PixRefusal = { code: 'UNPROCESSABLE', reason: 'RECEIVER_HAS_NO_ACCOUNT' };
    const reason = 'The receiver has no checking account to credit';
    // Pix settled it inside the bank: told in the same transaction, it fails its transfer too.
    const refused: DomainEvent<string, PixCreditRefused> = {
      type: PIX_PAYMENT_EVENTS.creditRefused,
      subject: order.id,
      occurredAt: now,
      data: { orderId: order.id, refusal, reason },
    };
    return refuse(context, order, refusal, reason, now, [refused]);
  }
  const transfers: TransferRequest[] =
    receiverAccount === null
      ? [{ type: 'post', id: ids.post, pendingId: ids.hold, amount: null }]
      : [
          { type: 'void', id: ids.void, pendingId: ids.hold },
          {
            type: 'single',
            id: ids.internal,
            debitAccountId: order.accountId,
            creditAccountId: receiverAccount,
            amount: order.amount,
            code: 'pix',
            description: order.description,
          },
        ];
  const { institution } = context.pix.settings;
  const receipt: PixReceipt = {
    endToEndId: settled.endToEndId,
    amount: order.amount,
    occurredAt: new Date(settled.settledAt),
    payer: { ...settled.sender, customerId: order.customerId, institution },
    receiver: party(settled.receiver, settled.receiverInstitution ?? institution),
    key: settled.toKey,
    txid: null,
    description: order.description,
  };
  const completed: OrderOutcome = { ...order, status: 'COMPLETED', endToEndId: settled.endToEndId, resolvedAt: now };
  try {
    return await resolve(context, completed, transfers, receipt);
  } catch (error) {
    const holdGone = isLedgerError(error, 'PENDING_EXPIRED') || isLedgerError(error, 'PENDING_ALREADY_RESOLVED');
    if (!holdGone || receiverAccount !== null) throw error;
    return settleAfterExpiry(context, order, completed, receipt);
  }
}

/**
 * The central system settled after the hold expired (docs/adr/0010): the money has left the bank, so
 * the sender's account is debited now when it can be (COMPLETED, with its receipt); when it cannot,
 * the bank's receivable from the customer pays the central-bank settlement account instead, and the
 * order is FAILED with SETTLED_AFTER_HOLD_EXPIRED for operations to collect.
 */
async function settleAfterExpiry(
  context: Accounts,
  order: Extract<PixOrder, { status: 'PENDING' }>,
  completed: OrderOutcome,
  receipt: PixReceipt,
): Promise<boolean> {
  const ids = orderTransferIds(order.id);
  const settlement = parseAccountId(BANK_ACCOUNTS.centralBankSettlement.id);
  const late = (debitAccountId: AccountId, description: string | null): TransferRequest => ({
    type: 'single',
    id: ids.late,
    debitAccountId,
    creditAccountId: settlement,
    amount: order.amount,
    code: 'pix',
    description,
  });
  const release = { releaseExpiredHold: ids.hold };
  try {
    return await resolve(context, completed, [late(order.accountId, order.description)], receipt, release);
  } catch (error) {
    if (!isLedgerError(error, 'INSUFFICIENT_FUNDS') && !isLedgerError(error, 'ACCOUNT_BLOCKED')) throw error;
  }
  const owed = late(parseAccountId(BANK_ACCOUNTS.pixReceivables.id), `Pix ${order.id} settled after its hold expired, owed by ${order.customerId}`);
  const failed: OrderOutcome = {
    ...order,
    status: 'FAILED',
    refusal: { code: 'UNPROCESSABLE', reason: 'SETTLED_AFTER_HOLD_EXPIRED' },
    failureMessage: 'The Pix was settled after its hold expired, and the account could not cover it: the bank paid it and will collect it',
    resolvedAt: context.clock.now(),
  };
  return resolve(context, failed, [owed], null, release);
}

/** Records the outcome, and wakes whoever waits for it here. */
async function resolve(
  context: Accounts,
  outcome: OrderOutcome,
  transfers: readonly TransferRequest[],
  receipt: PixReceipt | null,
  options: { readonly releaseExpiredHold?: TransferId; readonly events?: readonly DomainEvent[] } = {},
): Promise<boolean> {
  const resolved = await context.pix.store.resolveOrder(outcome, transfers, receipt, options);
  if (resolved) context.pix.signals.notify(outcome.id);
  return resolved;
}

/** Pix refused an order: the hold is released, and the order says why. */
export async function failOrder(context: Accounts, failed: Failed): Promise<boolean | null> {
  if (!isOrder(failed.reference)) return null;
  const order = await context.pix.store.findOrder(failed.transferId);
  if (order === null || order.status !== 'PENDING') return null;
  return refuse(context, order, failed.refusal ?? { code: 'UNPROCESSABLE', reason: 'SETTLEMENT_REFUSED' }, failed.reason, context.clock.now());
}

const refuse = (
  context: Accounts,
  order: Extract<PixOrder, { status: 'PENDING' }>,
  refusal: PixRefusal,
  message: string,
  now: Date,
  events: readonly DomainEvent[] = [],
): Promise<boolean> =>
  resolve(
    context,
    { ...order, status: 'FAILED', refusal, failureMessage: message, resolvedAt: now },
    [{ type: 'void', id: orderTransferIds(order.id).void, pendingId: orderTransferIds(order.id).hold }],
    null,
    { events },
  );

/**
 * Credits a paid charge: to the receiver's checking account (a customer's charge), or to the bank's
 * own account for what another subgraph charged (PIX_CHARGE_CREDITS). The money comes from the
 * payer's account when they paid from this bank (their order's hold is voided in the same
 * transaction), from the central-bank settlement account when they paid from outside.
 */
export async function creditPaidCharge(context: Accounts, paid: Paid): Promise<true> {
  const creditAccountId = await chargeCreditAccount(context, paid);
  const amount = Money.parse(paid.amount);
  const credit = (debitAccountId: AccountId): TransferRequest => ({
    type: 'single',
    id: chargeCreditIdOf(paid.endToEndId),
    debitAccountId,
    creditAccountId,
    amount,
    code: 'pix',
    description: `Pix charge ${paid.txid}`,
  });
  const { institution } = context.pix.settings;
  const receipt: PixReceipt = {
    endToEndId: paid.endToEndId,
    amount,
    occurredAt: new Date(paid.paidAt),
    payer: party(paid.payer, paid.payerInstitution ?? institution),
    receiver: party(paid.receiver, institution),
    key: null,
    txid: paid.txid,
    description: null,
  };
  if (paid.order === null) {
    await context.pix.store.record([credit(parseAccountId(BANK_ACCOUNTS.centralBankSettlement.id))], receipt);
    return true;
  }
  const order = await context.pix.store.findOrder(paid.order.id);
  if (order === null) throw unprocessable(`No Pix order ${paid.order.id}`);
  if (order.status !== 'PENDING') return true;
  const ids = orderTransferIds(order.id);
  const payer: ReceiptParty = { ...receipt.payer, customerId: order.customerId, institution };
  await resolve(
    context,
    { ...order, status: 'COMPLETED', endToEndId: paid.endToEndId, resolvedAt: context.clock.now() },
    [{ type: 'void', id: ids.void, pendingId: ids.hold }, credit(order.accountId)],
    { ...receipt, payer, description: order.description },
  );
  return true;
}

async function chargeCreditAccount(context: Accounts, paid: Paid): Promise<AccountId> {
  const source = paid.reference?.source;
  if (source !== undefined) {
    const bankAccount = (PIX_CHARGE_CREDITS as Record<string, string>)[source];
    if (bankAccount === undefined) throw unprocessable(`No ledger account is credited for charges of ${source}`);
    return parseAccountId(bankAccount);
  }
  const account = paid.receiver.customerId === null ? null : await checkingAccountOf(context, paid.receiver.customerId);
  if (account === null) throw unprocessable(`The receiver of charge ${paid.txid} has no checking account to credit`);
  return account;
}

async function checkingAccountOf(context: Accounts, customerId: string): Promise<AccountId | null> {
  const [account] = await context.accounts.byCustomer(customerId);
  return account?.id ?? null;
}

const party = ({ name, document, customerId }: { name: string; document: string; customerId: string | null }, institution: PixInstitution): ReceiptParty => ({
  name,
  document,
  customerId,
  institution,
});
