import { PIX_PAYMENT_EVENTS, type PixOrderTarget, type PixPaymentOrdered } from '@bank/contracts';
import { AppError, conflict, parseAmountFor, parseOptionalText, withinCeiling, type Money } from '@bank/kernel';
import { ownedBy, type AuthenticatedPrincipal } from '@bank/identity';
import { decodeBrCode, parseAnyKey } from '@bank/pix-codes';
import { assertCanSend, type CheckingAccount } from '../../domain';
import { assertWithinLimits, orderTransferIds, PIX_HOLD_TIMEOUT_SECONDS, type PixOrder } from '../../domain/pix';
import { BANK_ACCOUNTS, parseAccountId } from '../../ledger';
import type { Accounts } from '../context';
import { transferIdOf } from '../ids';

export interface SendPixCommand {
  readonly fromAccountId: string;
  readonly toKey: string;
  readonly amount: string;
  readonly description?: string | null;
}

/**
 * Sends a Pix from the caller's account to a key: the amount is held at once, in the transaction
 * that checks the limits (INSUFFICIENT_FUNDS or LIMIT_EXCEEDED write nothing); Pix settles it at once
 * to a key of this bank, or through the central system; the call waits for that answer (bounded).
 */
export async function sendPix(context: Accounts, principal: AuthenticatedPrincipal, command: SendPixCommand, idempotencyKey: string): Promise<PixOrder> {
  const id = transferIdOf(principal.id, 'pix', idempotencyKey);
  const key = parseAnyKey(command.toKey, 'toKey');
  const amount = parseAmountFor('PIX_SEND', command.amount);
  const description = parseOptionalText(command.description, 'description', 'description');
  const from = await payingAccount(context, principal, command.fromAccountId);
  return placeAndAwait(context, from, { id, target: { type: 'KEY', key: key.value }, amount, description });
}

export interface PayPixCodeCommand {
  readonly brCode: string;
  readonly fromAccountId: string;
  /** Required when the code has no amount; otherwise, when given, it must be the code's. */
  readonly amount?: string | null;
}

/**
 * Pays a pasted BR Code from the caller's account: a charge of this bank is completed once (a paid,
 * expired or removed one is refused and nothing moves); another institution's code goes through the
 * central system. The code is decoded and its amount checked before anything is held.
 */
export async function payPixCode(context: Accounts, principal: AuthenticatedPrincipal, command: PayPixCodeCommand, idempotencyKey: string): Promise<PixOrder> {
  const id = transferIdOf(principal.id, 'pixcode', idempotencyKey);
  const brCode = command.brCode.trim();
  const decoded = decodeBrCode(brCode);
  const fixed = decoded.amount === null ? null : withinCeiling('PIX_CODE_PAYMENT', decoded.amount);
  const amount = command.amount == null ? fixed : parseAmountFor('PIX_CODE_PAYMENT', command.amount);
  if (amount === null) throw new AppError('BAD_USER_INPUT', 'This code lets the payer choose the amount: give one', { field: 'amount' });
  if (fixed !== null && !amount.equals(fixed)) {
    throw new AppError('UNPROCESSABLE', `The code is for R$ ${fixed.toString()}, not R$ ${amount.toString()}`, { reason: 'AMOUNT_MISMATCH', field: 'amount' });
  }
  const from = await payingAccount(context, principal, command.fromAccountId);
  return placeAndAwait(context, from, { id, target: { type: 'BR_CODE', brCode }, amount, description: decoded.description });
}

async function payingAccount(context: Accounts, principal: AuthenticatedPrincipal, accountId: string): Promise<CheckingAccount> {
  const account = ownedBy(
    principal,
    await context.accounts.byId(parseAccountId(accountId, 'fromAccountId')),
    (found) => found.customerId,
    `account ${accountId}`,
  );
  assertCanSend(account);
  return account;
}

interface OrderRequest {
  readonly id: string;
  readonly target: PixOrderTarget;
  readonly amount: Money;
  readonly description: string | null;
}

async function placeAndAwait(context: Accounts, from: CheckingAccount, request: OrderRequest): Promise<PixOrder> {
  const { store, settings } = context.pix;
  const now = context.clock.now();
  const order: Extract<PixOrder, { status: 'PENDING' }> = { status: 'PENDING', ...request, accountId: from.id, customerId: from.customerId, orderedAt: now };
  const placed = await store.placeOrder({
    order,
    defaults: settings.defaultLimits,
    check: (limits, usage) => assertWithinLimits(limits, usage, request.amount, now),
    hold: {
      type: 'hold',
      id: orderTransferIds(order.id).hold,
      debitAccountId: from.id,
      creditAccountId: parseAccountId(BANK_ACCOUNTS.centralBankSettlement.id),
      amount: request.amount,
      code: 'pix',
      description: request.description,
      timeoutSeconds: PIX_HOLD_TIMEOUT_SECONDS,
    },
    event: {
      type: PIX_PAYMENT_EVENTS.paymentOrdered,
      subject: order.id,
      occurredAt: now,
      data: {
        orderId: order.id,
        accountId: from.id,
        payer: { name: from.holderName, document: from.holderDocument, customerId: from.customerId },
        target: request.target,
        amount: request.amount.toString(),
        description: request.description,
        orderedAt: now.toISOString(),
      } satisfies PixPaymentOrdered,
    },
  });
  if (!sameRequest(placed, order)) throw conflict('This idempotencyKey was used for another Pix');
  const outcome = await awaitOutcome(context, placed);
  if (outcome.status === 'FAILED') throw new AppError(outcome.refusal.code, outcome.failureMessage, { reason: outcome.refusal.reason });
  return outcome;
}

const sameRequest = (placed: PixOrder, asked: PixOrder): boolean =>
  placed.accountId === asked.accountId && placed.amount.equals(asked.amount) && JSON.stringify(placed.target) === JSON.stringify(asked.target);

/** How often a waiting request reads its order, for outcomes another replica records. */
const OUTCOME_POLL_MS = 250;

/** The order once Pix answered, or as it is when the wait is over. */
async function awaitOutcome(context: Accounts, order: PixOrder): Promise<PixOrder> {
  const deadline = Date.now() + context.pix.settings.outcomeWaitMs;
  let current = order;
  for (let left = deadline - Date.now(); current.status === 'PENDING' && left > 0; left = deadline - Date.now()) {
    await context.pix.signals.next(order.id, Math.min(OUTCOME_POLL_MS, left));
    current = (await context.pix.store.findOrder(order.id)) ?? current;
  }
  return current;
}
