import { SETTLEMENT_EVENTS, type AccountSettled, type AccountSettlementFailed, type Reference, type SettlementFailureReason } from '@bank/contracts';
import type { DomainEvent, Money } from '@bank/kernel';

/** Money another subgraph asked to move on a customer's checking account (a loan disbursement, an insurance payout, an installment). */
export interface SettlementRequest {
  readonly reference: Reference;
  readonly customerId: string;
  readonly amount: Money;
  readonly description: string;
}

export type SettlementDirection = 'credit' | 'debit';

export type SettlementEvent =
  | DomainEvent<typeof SETTLEMENT_EVENTS.creditPosted | typeof SETTLEMENT_EVENTS.debitPosted, AccountSettled>
  | DomainEvent<typeof SETTLEMENT_EVENTS.creditFailed | typeof SETTLEMENT_EVENTS.debitFailed, AccountSettlementFailed>;

/** One subject per request, so that its outcomes go out in order. */
const subjectOf = ({ source, id }: Reference): string => `${source}:${id}`;

export function settlementPosted(
  direction: SettlementDirection,
  { reference, customerId, amount }: SettlementRequest,
  { accountId, transferId, at }: { accountId: string; transferId: string; at: Date },
): SettlementEvent {
  return {
    type: direction === 'credit' ? SETTLEMENT_EVENTS.creditPosted : SETTLEMENT_EVENTS.debitPosted,
    subject: subjectOf(reference),
    occurredAt: at,
    data: { reference, customerId, accountId, transferId, amount: amount.toString(), settledAt: at.toISOString() } satisfies AccountSettled,
  };
}

const MESSAGES: Record<SettlementFailureReason, string> = {
  NO_CHECKING_ACCOUNT: 'The customer has no checking account: open one (openAccount), then retry.',
  ACCOUNT_CLOSED: 'The customer’s checking account is closed.',
  ACCOUNT_BLOCKED: 'The customer’s checking account is blocked: it cannot send money.',
  INSUFFICIENT_FUNDS: 'The checking account has not enough funds.',
};

export function settlementFailed(
  direction: SettlementDirection,
  { reference, customerId, amount }: SettlementRequest,
  reason: SettlementFailureReason,
  at: Date,
): SettlementEvent {
  return {
    type: direction === 'credit' ? SETTLEMENT_EVENTS.creditFailed : SETTLEMENT_EVENTS.debitFailed,
    subject: subjectOf(reference),
    occurredAt: at,
    data: { reference, customerId, amount: amount.toString(), reason, message: MESSAGES[reason] } satisfies AccountSettlementFailed,
  };
}
