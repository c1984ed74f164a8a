import { type DomainEvent, isValidCnpj, isValidCpf, conflict, isAppError, unprocessable, type Money } from '@bank/kernel';
import { canSee, type AuthenticatedPrincipal, type Principal } from '@bank/identity';
import { activatePolicy, cancelPolicy, FIRST_TRANSFER, issuePolicy, payInstallment } from '../domain';
import { ownedBy, visibleTo } from './access';
import type { Insurance } from './context';
import { policyIdFor } from './identifiers';
import { EMPTY_PAGE } from './paging';
import { chargeRequested, premiumCharge, refundRequested } from './pix-requests';
import type { Page, PageRequest, PolicyRecord } from './ports';
import { quoteOwner } from './quotes';

export const policyOwner = (record: PolicyRecord): string => record.holder.customerId;

/**
 * Turns the caller's quote into a PENDING_PAYMENT policy and asks Pix, in the same write, to charge
 * the first installment. Issuing a quote again (or concurrently) returns its one policy.
 */
export async function issueAutoPolicy(insurance: Insurance, principal: AuthenticatedPrincipal, quoteId: string, installments: number): Promise<PolicyRecord> {
  const { quote } = ownedBy(principal, await insurance.quotes.get(quoteId), quoteOwner, `auto quote ${quoteId}`);
  // Pix names the payer of the premium charge by this document: without a valid one no charge could ever be created.
  if (!isValidCpf(principal.document) && !isValidCnpj(principal.document)) {
    throw unprocessable('Your sign-in carries no valid CPF or CNPJ; the premium cannot be charged to you');
  }
  const id = policyIdFor(quote.id);
  const existing = await insurance.policies.get(id);
  if (existing !== null) return alreadyIssued(existing, installments);
  const now = insurance.clock.now();
  const issued = issuePolicy(quote, { id, now, installments });
  const first = premiumCharge(id, 1, issued.state.installments.firstAmount, now);
  const holder = { customerId: principal.id, name: principal.name, document: principal.document };
  const record: PolicyRecord = { policy: issued.state, holder, premiumCharges: [first], returnedPayments: [], version: 1 };
  try {
    await insurance.policies.create(record, [...issued.events, chargeRequested(record, first)]);
  } catch (error) {
    const winner = isAppError(error) && error.code === 'CONFLICT' ? await insurance.policies.get(id) : null;
    if (winner === null) throw error;
    return alreadyIssued(winner, installments);
  }
  insurance.metrics.record(issued.events);
  return record;
}

function alreadyIssued(record: PolicyRecord, installments: number): PolicyRecord {
  const { id, quoteId, installments: plan } = record.policy;
  if (plan.count !== installments) throw conflict(`quote ${quoteId} was already issued as policy ${id}, in ${plan.count} installments`);
  return record;
}

/** The customer cancels; an ACTIVE policy's unused net premium paid goes back to their Pix key in the same write. */
export async function cancelAutoPolicy(insurance: Insurance, principal: AuthenticatedPrincipal, id: string, reason: string): Promise<PolicyRecord> {
  const record = ownedBy(principal, await insurance.policies.get(id), policyOwner, `auto policy ${id}`);
  const at = insurance.clock.now();
  const { state, events } = cancelPolicy(record.policy, { at, reason });
  const refund =
    state.status === 'CANCELLED' && state.refund.isPositive()
      ? [refundRequested(record, { kind: 'refund' }, { amount: state.refund, attempt: state.refundTransfer.attempt, at })]
      : [];
  return saveChange(insurance, record, { policy: state }, [...events, ...refund]);
}

export interface PremiumPayment {
  readonly policyId: string;
  readonly txid: string;
  readonly amount: Money;
  readonly paidAt: Date;
}

/**
 * Pix says a premium charge was paid: the first installment activates a PENDING_PAYMENT policy from
 * the payment's time, a later one adds to what an ACTIVE policy has been paid. A payment for a
 * policy cancelled in the meantime while its charge was still open (cancelled unpaid, or cancelled
 * before paying a later installment) goes back to the customer, once.
 */
export async function recordPremiumPayment(insurance: Insurance, payment: PremiumPayment): Promise<void> {
  const record = await requirePolicy(insurance, payment.policyId);
  const charge = record.premiumCharges.find(({ txid }) => txid === payment.txid);
  if (charge === undefined) throw new Error(`policy ${payment.policyId} requested no premium charge ${payment.txid}`);
  const { policy } = record;
  const premiumCharges = record.premiumCharges.map((candidate) => (candidate === charge ? { ...candidate, paidAt: payment.paidAt } : candidate));
  if (policy.status === 'PENDING_PAYMENT') {
    const { state, events } = activatePolicy(policy, { amountPaid: payment.amount, paidAt: payment.paidAt });
    await saveChange(insurance, record, { policy: state, premiumCharges }, events);
    return;
  }
  const laterInstallmentUnpaid = charge.installment > 1 && charge.paidAt === undefined;
  if (policy.status === 'ACTIVE') {
    if (!laterInstallmentUnpaid) return;
    const paid = payInstallment(policy, { installment: charge.installment, amountPaid: payment.amount });
    await saveChange(insurance, record, { policy: paid, premiumCharges }, []);
    return;
  }
  const owedBack = policy.status === 'CANCELLED_UNPAID' || laterInstallmentUnpaid;
  if (!owedBack || record.returnedPayments.some(({ txid }) => txid === payment.txid)) return;
  const at = insurance.clock.now();
  const returned = refundRequested(record, { kind: 'premium-return', txid: payment.txid }, { amount: payment.amount, attempt: FIRST_TRANSFER.attempt, at });
  const returnedPayment = { txid: payment.txid, amount: payment.amount, returnedAt: at, transfer: FIRST_TRANSFER };
  await saveChange(insurance, record, { returnedPayments: [...record.returnedPayments, returnedPayment] }, [returned]);
}

const UNPAID_REASON = 'The first premium charge expired unpaid';

/** Pix says a premium charge expired unpaid: a policy still waiting for it is CANCELLED_UNPAID. */
export async function recordPremiumExpiry(insurance: Insurance, policyId: string): Promise<void> {
  const record = await requirePolicy(insurance, policyId);
  if (record.policy.status !== 'PENDING_PAYMENT') return;
  const { state, events } = cancelPolicy(record.policy, { at: insurance.clock.now(), reason: UNPAID_REASON });
  await saveChange(insurance, record, { policy: state }, events);
}

export async function findVisiblePolicy(insurance: Insurance, principal: Principal, id: string): Promise<PolicyRecord> {
  return visibleTo(principal, await insurance.policies.get(id), policyOwner, `auto policy ${id}`);
}

export function listPolicies(insurance: Insurance, principal: Principal, customerId: string, page: PageRequest): Promise<Page<PolicyRecord>> {
  if (!canSee(principal, customerId)) return Promise.resolve(EMPTY_PAGE);
  return insurance.policies.listByOwner(customerId, page);
}

export async function requirePolicy(insurance: Insurance, id: string): Promise<PolicyRecord> {
  const record = await insurance.policies.get(id);
  if (record === null) throw new Error(`no auto policy ${id}`);
  return record;
}

export async function saveChange(
  insurance: Insurance,
  record: PolicyRecord,
  change: Partial<Omit<PolicyRecord, 'version'>>,
  events: readonly DomainEvent[],
): Promise<PolicyRecord> {
  const next: PolicyRecord = { ...record, ...change, version: record.version + 1 };
  await insurance.policies.update(next, record.version, events);
  insurance.metrics.record(events);
  return next;
}
