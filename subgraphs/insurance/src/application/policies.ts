import {
  AUTO_DEBIT_OFF,
  EMPTY_PAGE,
  retryWhileStale,
  isValidCnpj,
  isValidCpf,
  conflict,
  isAppError,
  unprocessable,
  UNSAVED,
  type Stored,
  type Transition,
} from '@bank/kernel';
import { ownedBy, visibleAmong, visibleTo, canSee, type AuthenticatedPrincipal, type Principal } from '@bank/identity';
import { idempotentObject } from '@bank/messaging';
import {
  cancelPolicy,
  chargeRemovalsRequested,
  chargeRequested,
  issuePolicy,
  policyIdFor,
  premiumCharge,
  expireUnpaidPremium,
  refuseUnpaidPremium,
  receivePremiumPayment,
  recordPremiumChargeCreated as recordChargeCreated,
  refundRequested,
  type PremiumPayment,
} from '../domain';
import type { Insurance } from './context';

import { untilFirstChargeCreated } from './premium-charges';
import type { Page, PageRequest, PolicyRecord } from './ports';
import { quoteOwner } from './quotes';

export const policyOwner = (record: PolicyRecord): string => record.holder.customerId;

/**
 * Turns the caller's quote into a PENDING_PAYMENT policy and asks Pix, in the same write, to charge
 * the first installment, then waits for Pix to create it so that the checkout can show its BR Code.
 * Issuing a quote again (or concurrently) returns its one policy.
 */
export async function issueAutoPolicy(
  insurance: Insurance,
  principal: AuthenticatedPrincipal,
  quoteId: string,
  installments: number,
  idempotencyKey: string,
): Promise<Stored<PolicyRecord>> {
  const issued = await idempotentObject(
    insurance.idempotency,
    { scope: `${principal.id}:issueAutoPolicy`, key: idempotencyKey, input: { quoteId, installments } },
    () => issuePolicyOnce(insurance, principal, quoteId, installments),
    { idOf: ({ policy }) => policy.id, load: (id) => findVisiblePolicy(insurance, principal, id) },
  );
  return untilFirstChargeCreated(insurance, issued);
}

async function issuePolicyOnce(insurance: Insurance, principal: AuthenticatedPrincipal, quoteId: string, installments: number): Promise<Stored<PolicyRecord>> {
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
  const record: PolicyRecord = { policy: issued.state, holder, premiumCharges: [first], returnedPayments: [], autoDebit: AUTO_DEBIT_OFF };
  let saved: Stored<PolicyRecord>;
  try {
    saved = await insurance.policies.save(record, UNSAVED, [...issued.events, chargeRequested(record, first)]);
  } catch (error) {
    const winner = isAppError(error) && error.code === 'CONFLICT' ? await insurance.policies.get(id) : null;
    if (winner === null) throw error;
    return alreadyIssued(winner, installments);
  }
  insurance.metrics.record(issued.events);
  return saved;
}

function alreadyIssued(record: Stored<PolicyRecord>, installments: number): Stored<PolicyRecord> {
  const { id, quoteId, installments: plan } = record.policy;
  if (plan.count !== installments) throw conflict(`quote ${quoteId} was already issued as policy ${id}, in ${plan.count} installments`);
  return record;
}

/** The customer cancels; an ACTIVE policy's unused net premium paid goes back to their account, and its unpaid premium charges are removed at Pix, in the same write. */
export async function cancelAutoPolicy(insurance: Insurance, principal: AuthenticatedPrincipal, id: string, reason: string): Promise<Stored<PolicyRecord>> {
  const record = ownedBy(principal, await insurance.policies.get(id), policyOwner, `auto policy ${id}`);
  const at = insurance.clock.now();
  const { state, events } = cancelPolicy(record.policy, { at, reason });
  const refund =
    state.status === 'CANCELLED' && state.refund.isPositive()
      ? [refundRequested(record, { kind: 'refund' }, { amount: state.refund, attempt: state.refundTransfer.attempt, at })]
      : [];
  const removals = chargeRemovalsRequested(record, () => true, `Auto insurance ${id} was cancelled`, at);
  return saveChange(insurance, record, { state: { ...record, policy: state }, events: [...events, ...refund, ...removals] });
}

/** Pix says a premium charge was paid (the domain's receivePremiumPayment decides what follows). */
export function recordPremiumPayment(insurance: Insurance, payment: PremiumPayment): Promise<void> {
  return changePolicy(insurance, payment.policyId, (record) => receivePremiumPayment(record, payment, insurance.clock.now()));
}

/** Pix created a premium charge we asked for: from now on it can be read and paid through Pix. */
export function recordPremiumChargeCreated(insurance: Insurance, policyId: string, txid: string): Promise<void> {
  return changePolicy(insurance, policyId, (record) => recordChargeCreated(record, txid, insurance.clock.now()));
}

/** Pix says a premium charge expired unpaid: a policy still waiting for it is CANCELLED_UNPAID. */
export function recordPremiumExpiry(insurance: Insurance, policyId: string): Promise<void> {
  return changePolicy(insurance, policyId, (record) => expireUnpaidPremium(record, insurance.clock.now()));
}

/** Pix refused a premium charge we asked for: a policy still waiting for its first one is CANCELLED_UNPAID. */
export function recordPremiumRefusal(insurance: Insurance, policyId: string): Promise<void> {
  return changePolicy(insurance, policyId, (record) => refuseUnpaidPremium(record, insurance.clock.now()));
}

/**
 * Applies an event's `change` to the policy as stored now; a race with another write (a customer's
 * request, another event) reads it again and reapplies, so that the event is not lost to it.
 */
function changePolicy(insurance: Insurance, policyId: string, change: (record: Stored<PolicyRecord>) => Transition<PolicyRecord> | null): Promise<void> {
  return retryWhileStale(async () => {
    const record = await requirePolicy(insurance, policyId);
    const transition = change(record);
    if (transition !== null) await saveChange(insurance, record, transition);
  });
}

export async function findVisiblePolicy(insurance: Insurance, principal: Principal, id: string): Promise<Stored<PolicyRecord>> {
  return visibleTo(principal, await insurance.policies.get(id), policyOwner, `auto policy ${id}`);
}

/** The policies among `ids` the caller may see, in one round trip (entity references). */
export async function findVisiblePolicies(
  insurance: Insurance,
  principal: Principal,
  ids: readonly string[],
): Promise<ReadonlyMap<string, Stored<PolicyRecord>>> {
  return visibleAmong(principal, await insurance.policies.getMany(ids), policyOwner);
}

export function listPolicies(insurance: Insurance, principal: Principal, customerId: string, page: PageRequest): Promise<Page<Stored<PolicyRecord>>> {
  if (!canSee(principal, customerId)) return Promise.resolve(EMPTY_PAGE);
  return insurance.policies.listByOwner(customerId, page);
}

export async function requirePolicy(insurance: Insurance, id: string): Promise<Stored<PolicyRecord>> {
  const record = await insurance.policies.get(id);
  if (record === null) throw new Error(`no auto policy ${id}`);
  return record;
}

/** Saves a policy's transition from the version it was read at. */
export async function saveChange(
  insurance: Insurance,
  record: Stored<PolicyRecord>,
  { state, events }: Transition<PolicyRecord>,
): Promise<Stored<PolicyRecord>> {
  const next = await insurance.policies.save(state, record.version, events);
  insurance.metrics.record(events);
  return next;
}

/**
 * Saves a job's change (none: nothing to do); false when the policy changed meanwhile (charged,
 * cancelled or paid by another request or replica): the next run reads it again.
 */
export async function saveUnlessChanged(insurance: Insurance, record: Stored<PolicyRecord>, change: Transition<PolicyRecord> | null): Promise<boolean> {
  if (change === null) return false;
  try {
    await saveChange(insurance, record, change);
    return true;
  } catch (error) {
    if (isAppError(error) && error.code === 'CONFLICT') return false;
    throw error;
  }
}
