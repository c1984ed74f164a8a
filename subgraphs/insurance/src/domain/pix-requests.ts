import {
  accountRequestTypes,
  pixRequestTypes,
  type AccountCreditRequested,
  type PixChargeRemovalRequested,
  type PixChargeRequested,
  type Reference,
} from '@bank/contracts';
import type { DomainEvent, Money } from '@bank/kernel';
import { ID_BODY_LENGTH, ID_PREFIXES } from './identifiers';
import type { PolicyRecord, PremiumCharge } from './policy-record';
import type { PolicyRefund } from './transfers';

/** How Pix knows us: the `source` of every reference we attach, and of every reference we answer to. */
export const PIX_SOURCE = 'insurance';

/** How long the customer has to pay a premium charge before the policy is cancelled unpaid. */
export const PREMIUM_CHARGE_EXPIRES_IN_SECONDS = 3 * 24 * 3_600;

/**
 * What a charge or transfer we asked Pix for is for; its reference id encodes it. Pix takes one
 * transfer per reference, so each attempt of a transfer has its own.
 */
export type PixPurpose =
  | { readonly kind: 'premium'; readonly policyId: string; readonly installment: number }
  | { readonly kind: 'premium-return'; readonly policyId: string; readonly txid: string; readonly attempt: number }
  | { readonly kind: 'refund'; readonly policyId: string; readonly attempt: number }
  | { readonly kind: 'payout'; readonly claimId: string; readonly attempt: number };

function referenceId(purpose: PixPurpose): string {
  switch (purpose.kind) {
    case 'premium':
      return `policy/${purpose.policyId}/premium/${purpose.installment}`;
    case 'premium-return':
      return `policy/${purpose.policyId}/premium-return/${purpose.txid}/${purpose.attempt}`;
    case 'refund':
      return `policy/${purpose.policyId}/refund/${purpose.attempt}`;
    case 'payout':
      return `claim/${purpose.claimId}/payout/${purpose.attempt}`;
  }
}

export const referenceOf = (purpose: PixPurpose): Reference => ({ source: PIX_SOURCE, id: referenceId(purpose) });

const ID = '([A-Za-z0-9]+)';
// References asked for before transfers were retried carry no attempt: they were the first.
const ATTEMPT = '(?:/([1-9]\\d{0,3}))?';
const PREMIUM = new RegExp(`^policy/${ID}/premium/(\\d{1,2})$`);
const PREMIUM_RETURN = new RegExp(`^policy/${ID}/premium-return/${ID}${ATTEMPT}$`);
const REFUND = new RegExp(`^policy/${ID}/refund${ATTEMPT}$`);
const PAYOUT = new RegExp(`^claim/${ID}/payout${ATTEMPT}$`);

const attemptOf = (group: string | undefined): number => (group === undefined ? 1 : Number(group));

/** What one of our references stands for; null for another subgraph's reference (or none). */
export function purposeOf(reference: Reference | null | undefined): PixPurpose | null {
  if (reference?.source !== PIX_SOURCE) return null;
  const { id } = reference;
  let match: RegExpExecArray | null;
  if ((match = PREMIUM.exec(id))) return { kind: 'premium', policyId: match[1] ?? '', installment: Number(match[2]) };
  if ((match = PREMIUM_RETURN.exec(id))) return { kind: 'premium-return', policyId: match[1] ?? '', txid: match[2] ?? '', attempt: attemptOf(match[3]) };
  if ((match = REFUND.exec(id))) return { kind: 'refund', policyId: match[1] ?? '', attempt: attemptOf(match[2]) };
  if ((match = PAYOUT.exec(id))) return { kind: 'payout', claimId: match[1] ?? '', attempt: attemptOf(match[2]) };
  return null;
}

/** 25 letters and digits, as a txid must be: the policy id (22) and the installment number. */
export const premiumTxid = (policyId: string, installment: number): string => `${policyId}P${String(installment).padStart(2, '0')}`;

const PREMIUM_TXID = new RegExp(`^(${ID_PREFIXES.policy}[A-Za-z0-9]{${ID_BODY_LENGTH}})P\\d{2}$`);

/** The policy a premium txid was made from (premiumTxid undone); null for any other txid. */
export const policyIdOfPremiumTxid = (txid: string): string | null => PREMIUM_TXID.exec(txid)?.[1] ?? null;

/** The charge for an installment of the policy's premium. */
export const premiumCharge = (policyId: string, installment: number, amount: Money, requestedAt: Date): PremiumCharge => ({
  txid: premiumTxid(policyId, installment),
  installment,
  amount,
  requestedAt,
});

export type ChargeRequested = DomainEvent<string, PixChargeRequested>;
export type ChargeRemovalRequested = DomainEvent<string, PixChargeRemovalRequested>;

/** Asks Pix to remove the premium charges that no longer apply while still unpaid (the policy cancelled, the installment debited), so that nobody pays them. */
export function chargeRemovalsRequested(
  { policy, premiumCharges }: PolicyRecord,
  which: (charge: PremiumCharge) => boolean,
  reason: string,
  at: Date,
): ChargeRemovalRequested[] {
  return premiumCharges
    .filter((charge) => charge.paidAt === undefined && which(charge))
    .map((charge) => ({ type: pixRequestTypes.chargeRemoval(PIX_SOURCE), subject: policy.id, occurredAt: at, data: { txid: charge.txid, reason } }));
}
export type TransferRequested = DomainEvent<string, AccountCreditRequested>;

/** Asks Pix to charge the policyholder for a premium installment; saved with the policy's change (outbox). */
export function chargeRequested({ policy, holder }: PolicyRecord, charge: PremiumCharge): ChargeRequested {
  return {
    type: pixRequestTypes.charge(PIX_SOURCE),
    subject: policy.id,
    occurredAt: charge.requestedAt,
    data: {
      reference: referenceOf({ kind: 'premium', policyId: policy.id, installment: charge.installment }),
      txid: charge.txid,
      payer: { customerId: holder.customerId, name: holder.name, document: holder.document },
      amount: charge.amount.toString(),
      description: `Auto insurance ${policy.id}: installment ${charge.installment} of ${policy.installments.count}`,
      expiresInSeconds: PREMIUM_CHARGE_EXPIRES_IN_SECONDS,
    },
  };
}

/** Asks the accounts subgraph to credit the customer's checking account from the premiums account; saved with the change that owes it (outbox). */
export function transferRequested(
  purpose: PixPurpose,
  { subject, customerId, amount, description, at }: { subject: string; customerId: string; amount: Money; description: string; at: Date },
): TransferRequested {
  return {
    type: accountRequestTypes.credit(PIX_SOURCE),
    subject,
    occurredAt: at,
    data: { reference: referenceOf(purpose), customerId, amount: amount.toString(), withheldTax: null, description },
  };
}

/** Asks for what the policy owes its holder to be credited to their checking account, as the given attempt. */
export function refundRequested(
  { policy, holder }: PolicyRecord,
  refund: PolicyRefund,
  { amount, attempt, at }: { amount: Money; attempt: number; at: Date },
): TransferRequested {
  const purpose: PixPurpose =
    refund.kind === 'refund' ? { kind: 'refund', policyId: policy.id, attempt } : { kind: 'premium-return', policyId: policy.id, txid: refund.txid, attempt };
  const description = refund.kind === 'refund' ? `Refund of cancelled auto insurance ${policy.id}` : `Premium paid for cancelled auto insurance ${policy.id}`;
  return transferRequested(purpose, { subject: policy.id, customerId: holder.customerId, amount, description, at });
}
