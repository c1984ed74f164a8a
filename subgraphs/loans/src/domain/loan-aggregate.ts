import type { Reference } from '@bank/contracts';
import { type Transition, conflict, notFound, type Money, BRASILIA_UTC_OFFSET_MINUTES, BusinessDate } from '@bank/kernel';
import type { CreditTier } from './credit-analysis';
import type {
  DisbursementTransferRequested,
  InstallmentPaid,
  LoanApproved,
  LoanChargeRequested,
  LoanContracted,
  LoanDisbursed,
  LoanDisbursementFailed,
  LoanRejected,
  LoanRequested,
  LoanSettled,
  PaymentReturnRequested,
  LoanChargeRemovalRequested,
} from './events';
import { DEFAULT_IOF_RATES, type IofRates } from './iof';
import { DEFAULT_LATE_PAYMENT_POLICY, type LatePaymentPolicy } from './late-payment';
import {
  analyseLoan,
  contractLoan,
  disburseLoan,
  failDisbursement,
  installmentDue,
  payInstallment,
  quotePayoff,
  requestLoan,
  retryDisbursement,
  settleLoan,
  type ContractedLoan,
  type Loan,
} from './loan';
import type { LoanRequest } from './loan-request';
import { simulateLoan } from './simulation';
import { AUTO_DEBIT_OFF, type AutoDebit } from './auto-debit-state';

/** `reference.source` of every request the loans subgraph sends Pix. */
export const LOANS_SOURCE = 'loans';

/** Whom Pix charges: the borrower as they were signed in when applying. */
export interface Borrower {
  readonly name: string;
  /** CPF or CNPJ, bare. */
  readonly document: string;
}

export interface DisbursementRequest {
  /** 1 for the first transfer, one more for each retry: each attempt has a Pix reference of its own. */
  readonly attempt: number;
  /** What is sent: the amount released (principal less IOF) as of `on`. */
  readonly amount: Money;
  readonly on: BusinessDate;
  readonly requestedAt: Date;
}

export type ChargePurpose = { readonly kind: 'INSTALLMENT'; readonly number: number } | { readonly kind: 'PAYOFF' };

export interface LoanCharge {
  /** Chosen here (25 of [A-Za-z0-9]) so that the charge can be pointed at before Pix has created it. */
  readonly txid: string;
  readonly purpose: ChargePurpose;
  readonly amount: Money;
  /** The day whose amount it charges (late charges, payoff discount); it expires at that day's end in Brasília. */
  readonly on: BusinessDate;
  readonly requestedAt: Date;
  /** When Pix reported it created; null until then. */
  readonly createdAt: Date | null;
  /** When its payment was applied to the loan; null while open, and for a payment that was returned. */
  readonly paidAt: Date | null;
  /** When another payment made it pointless while still open (see `supersedeOpenCharges`); a later payment of it is returned. */
  readonly supersededAt: Date | null;
  /** When Pix refused to create it (pix.charge.refused): it never will be, and is not reused. */
  readonly refusedAt: Date | null;
}

/** A charge paid when it could no longer be applied: the money goes back to the borrower (once per txid). */
export interface ReturnedPayment {
  readonly txid: string;
  readonly amount: Money;
  /** Why the payment could not be applied. */
  readonly reason: string;
  readonly at: Date;
}

/** A loan with what it asked Pix for: what one write saves, together with the events of the transition. */
export interface LoanAggregate {
  readonly loan: Loan;
  readonly borrower: Borrower;
  /** Oldest first; the last is the attempt in flight. */
  readonly disbursements: readonly DisbursementRequest[];
  /** Oldest first. */
  readonly charges: readonly LoanCharge[];
  /** Oldest first; at most one per txid. */
  readonly returnedPayments: readonly ReturnedPayment[];
  /** Whether installments are debited from the borrower's checking account on their due dates, and each debit asked for. */
  readonly autoDebit: AutoDebit;
}

export const disbursementReference = (loanId: string, attempt: number): Reference => ({
  source: LOANS_SOURCE,
  id: `${loanId}/disbursement-${attempt}`,
});

/** Unique per charge: Pix answers a repeated reference with the charge it created first. */
const chargeReference = (loanId: string, { purpose, txid }: Pick<LoanCharge, 'purpose' | 'txid'>): Reference => ({
  source: LOANS_SOURCE,
  id: `${loanId}/${purpose.kind === 'PAYOFF' ? 'payoff' : `installment-${purpose.number}`}/${txid}`,
});

/** Unique per returned charge: a repeated `pix.charge.paid` cannot send the money back twice. */
export const paymentReturnReference = (loanId: string, txid: string): Reference => ({ source: LOANS_SOURCE, id: `${loanId}/return/${txid}` });

/** The loan a Pix event's reference points at; null for a reference of another source. */
export function loanIdOf(reference: Reference | null | undefined): string | null {
  if (reference?.source !== LOANS_SOURCE) return null;
  const [loanId = ''] = reference.id.split('/');
  return loanId === '' ? null : loanId;
}

/** The business date (Brasília) of an instant. */
export const businessDate = (at: Date): BusinessDate => BusinessDate.fromInstant(at, BRASILIA_UTC_OFFSET_MINUTES);

export const withLoan = (
  aggregate: LoanAggregate,
  loan: Loan,
  changes: Partial<Pick<LoanAggregate, 'disbursements' | 'charges' | 'returnedPayments' | 'autoDebit'>> = {},
): LoanAggregate => ({
  loan,
  borrower: aggregate.borrower,
  disbursements: changes.disbursements ?? aggregate.disbursements,
  charges: changes.charges ?? aggregate.charges,
  returnedPayments: changes.returnedPayments ?? aggregate.returnedPayments,
  autoDebit: changes.autoDebit ?? aggregate.autoDebit,
});

export function openLoan(command: {
  id: string;
  customerId: string;
  borrower: Borrower;
  request: LoanRequest;
  at: Date;
}): Transition<LoanAggregate, LoanRequested> {
  const { state, events } = requestLoan(command);
  return { state: { loan: state, borrower: command.borrower, disbursements: [], charges: [], returnedPayments: [], autoDebit: AUTO_DEBIT_OFF }, events };
}

export function analyseApplication(aggregate: LoanAggregate, at: Date, tiers?: readonly CreditTier[]): Transition<LoanAggregate, LoanApproved | LoanRejected> {
  const { state, events } = analyseLoan(aggregate.loan, at, tiers);
  return { state: withLoan(aggregate, state), events };
}

/** The borrower accepts the offer: the loan is contracted and its disbursement asked of the accounts subgraph (a credit to the borrower's checking account). */
export function acceptOffer(
  aggregate: LoanAggregate,
  { at, iofRates = DEFAULT_IOF_RATES }: { at: Date; iofRates?: IofRates },
): Transition<LoanAggregate, LoanContracted | DisbursementTransferRequested> {
  const contracted = contractLoan(aggregate.loan, at);
  const { state, transfer } = requestDisbursement(aggregate, contracted.state, { at, iofRates });
  return { state, events: [...contracted.events, transfer] };
}

/** After a failed transfer: back to CONTRACTED, with a new transfer under a new reference. */
export function retryLoanDisbursement(
  aggregate: LoanAggregate,
  { at, iofRates = DEFAULT_IOF_RATES }: { at: Date; iofRates?: IofRates },
): Transition<LoanAggregate, DisbursementTransferRequested> {
  const { state, transfer } = requestDisbursement(aggregate, retryDisbursement(aggregate.loan).state, { at, iofRates });
  return { state, events: [transfer] };
}

/** The transfer of what the contracted loan releases today (principal less the IOF of a table starting today). */
function requestDisbursement(
  aggregate: LoanAggregate,
  loan: ContractedLoan,
  { at, iofRates }: { at: Date; iofRates: IofRates },
): { state: LoanAggregate; transfer: DisbursementTransferRequested } {
  const on = businessDate(at);
  const { principal, termMonths, system } = loan.request;
  const { releasedAmount, iof } = simulateLoan({ principal, termMonths, system, monthlyRate: loan.offer.monthlyRate, startDate: on }, iofRates);
  const request: DisbursementRequest = { attempt: aggregate.disbursements.length + 1, amount: releasedAmount, on, requestedAt: at };
  const transfer: DisbursementTransferRequested = {
    type: 'loans.accounts.credit-requested',
    subject: loan.id,
    data: {
      reference: disbursementReference(loan.id, request.attempt),
      customerId: loan.customerId,
      amount: releasedAmount.toString(),
      withheldTax: iof.toString(),
      description: `Loan ${loan.id}: ${principal.toString()} disbursed, IOF ${iof.toString()} withheld`,
    },
    occurredAt: at,
  };
  return { state: withLoan(aggregate, loan, { disbursements: [...aggregate.disbursements, request] }), transfer };
}

/** The attempt `reference` names, which must be the one in flight: an older attempt's outcome is stale. */
function attemptInFlight(aggregate: LoanAggregate, reference: Reference): DisbursementRequest {
  const current = aggregate.disbursements.at(-1);
  if (current === undefined || disbursementReference(aggregate.loan.id, current.attempt).id !== reference.id) {
    throw conflict(`${reference.id} is not the disbursement in flight of loan ${aggregate.loan.id}.`);
  }
  return current;
}

/** The disbursement was credited on `on`: the loan turns ACTIVE with its table fixed from that date. */
export function recordDisbursement(
  aggregate: LoanAggregate,
  { reference, on, at, iofRates = DEFAULT_IOF_RATES }: { reference: Reference; on: BusinessDate; at: Date; iofRates?: IofRates },
): Transition<LoanAggregate, LoanDisbursed> {
  attemptInFlight(aggregate, reference);
  const { state, events } = disburseLoan(aggregate.loan, { on, at, iofRates });
  return { state: withLoan(aggregate, state), events };
}

export function recordDisbursementFailure(
  aggregate: LoanAggregate,
  { reference, reason, at }: { reference: Reference; reason: string; at: Date },
): Transition<LoanAggregate, LoanDisbursementFailed> {
  const { attempt } = attemptInFlight(aggregate, reference);
  const { state } = failDisbursement(aggregate.loan, { reason, at });
  const failed: LoanDisbursementFailed = {
    type: 'loans.loan.disbursement-failed',
    subject: state.id,
    data: { loanId: state.id, customerId: state.customerId, attempt, reason },
    occurredAt: at,
  };
  return { state: withLoan(aggregate, state), events: [failed] };
}

const isOpen = (charge: LoanCharge): boolean => charge.paidAt === null && charge.supersededAt === null && charge.refusedAt === null;

const samePurpose = (a: ChargePurpose, b: ChargePurpose): boolean =>
  a.kind === b.kind && (a.kind === 'PAYOFF' || (b.kind === 'INSTALLMENT' && a.number === b.number));

/** Seconds from `at` to the end of the day `on` in Brasília; at least Pix's minimum of 60. */
function secondsLeftOn(on: BusinessDate, at: Date): number {
  const endOfDay = on.addDays(1).startsAt().getTime();
  return Math.max(60, Math.ceil((endOfDay - at.getTime()) / 1000));
}

/**
 * Asks Pix to charge what `purpose` costs on `on`: an installment with its late charges, or the payoff.
 * A charge already requested for the same purpose, day and amount and not paid is reused (no new
 * request), so that asking twice does not charge twice.
 */
export function requestCharge(
  aggregate: LoanAggregate,
  {
    purpose,
    txid,
    on,
    at,
    policy = DEFAULT_LATE_PAYMENT_POLICY,
  }: { purpose: ChargePurpose; txid: string; on: BusinessDate; at: Date; policy?: LatePaymentPolicy },
): Transition<LoanAggregate, LoanChargeRequested> & { readonly charge: LoanCharge } {
  const { loan, borrower } = aggregate;
  const amount = purpose.kind === 'PAYOFF' ? quotePayoff(loan, on, policy).amount : installmentDue(loan, { number: purpose.number, on, policy }).amount;
  const reusable = aggregate.charges.find(
    (charge) => isOpen(charge) && samePurpose(charge.purpose, purpose) && charge.on.equals(on) && charge.amount.equals(amount),
  );
  if (reusable !== undefined) return { state: aggregate, events: [], charge: reusable };
  const charge: LoanCharge = { txid, purpose, amount, on, requestedAt: at, createdAt: null, paidAt: null, supersededAt: null, refusedAt: null };
  const requested: LoanChargeRequested = {
    type: 'loans.pix.charge-requested',
    subject: loan.id,
    data: {
      reference: chargeReference(loan.id, charge),
      txid,
      payer: { customerId: loan.customerId, name: borrower.name, document: borrower.document },
      amount: amount.toString(),
      description: purpose.kind === 'PAYOFF' ? 'Loan payoff' : `Loan installment ${purpose.number}`,
      expiresInSeconds: secondsLeftOn(on, at),
    },
    occurredAt: at,
  };
  return { state: withLoan(aggregate, loan, { charges: [...aggregate.charges, charge] }), events: [requested], charge };
}

const replaceCharge = (aggregate: LoanAggregate, previous: LoanCharge, next: LoanCharge): LoanAggregate =>
  withLoan(aggregate, aggregate.loan, { charges: aggregate.charges.map((charge) => (charge === previous ? next : charge)) });

/** Pix created the charge; null when the charge is not this loan's or its creation is already recorded. */
export function recordChargeCreated(aggregate: LoanAggregate, { txid, at }: { txid: string; at: Date }): LoanAggregate | null {
  const charge = aggregate.charges.find((candidate) => candidate.txid === txid);
  if (charge === undefined || charge.createdAt !== null) return null;
  return replaceCharge(aggregate, charge, { ...charge, createdAt: at });
}

/** Pix refused to create the charge; null when the charge is not this loan's, or Pix created it, or its refusal is already recorded. */
export function recordChargeRefused(aggregate: LoanAggregate, { txid, at }: { txid: string; at: Date }): LoanAggregate | null {
  const charge = aggregate.charges.find((candidate) => candidate.txid === txid);
  if (charge === undefined || charge.createdAt !== null || charge.refusedAt !== null) return null;
  return replaceCharge(aggregate, charge, { ...charge, refusedAt: at });
}

/**
 * Why a paid charge can no longer be applied to the loan; null when it can. Decided from the loan as
 * it stands, so that a charge superseded at settlement and one paid late for any other reason read alike.
 */
export function whyNotApplicable({ loan }: LoanAggregate, { purpose, supersededAt }: LoanCharge): string | null {
  if (loan.status === 'SETTLED') {
    const { by, on } = loan.settlement;
    return `Loan ${loan.id} was already settled on ${on} (${by === 'PAYOFF' ? 'paid off' : 'last installment paid'}).`;
  }
  if (loan.status !== 'ACTIVE') return `Loan ${loan.id} is ${loan.status}: it takes no payment.`;
  if (purpose.kind === 'INSTALLMENT') {
    const paid = loan.installments.find(({ number }) => number === purpose.number)?.paid;
    if (paid) return `Installment ${purpose.number} of loan ${loan.id} was already paid on ${paid.on}.`;
  }
  if (supersededAt !== null) return `An installment of loan ${loan.id} was paid after this payoff was quoted: the quote no longer applies.`;
  return null;
}

/**
 * The charges still open once `paid` was applied (a charge, or an automatic debit: no txid) that no payment
 * could apply any more: every one when the loan settled; else the others for the same installment, and payoffs (quoted with it unpaid).
 */
export function supersedeOpenCharges(
  aggregate: LoanAggregate,
  paid: { readonly purpose: ChargePurpose; readonly txid: string | null },
  at: Date,
): { readonly charges: readonly LoanCharge[]; readonly events: readonly LoanChargeRemovalRequested[] } {
  const pointless = (charge: LoanCharge): boolean =>
    charge.txid !== paid.txid &&
    isOpen(charge) &&
    (aggregate.loan.status === 'SETTLED' || charge.purpose.kind === 'PAYOFF' || samePurpose(charge.purpose, paid.purpose));
  const superseded = aggregate.charges.filter(pointless);
  const events = superseded.map(({ txid }): LoanChargeRemovalRequested => ({
    type: 'loans.pix.charge-removal-requested',
    subject: aggregate.loan.id,
    occurredAt: at,
    data: { txid, reason: `Loan ${aggregate.loan.id}: superseded by another payment` },
  }));
  return { charges: aggregate.charges.map((charge) => (superseded.includes(charge) ? { ...charge, supersededAt: at } : charge)), events };
}

/**
 * The borrower paid the charge: its installment is paid for the amount charged (the amount owed on
 * the charge's day), or, for a payoff, the loan settles as quoted that day; the charges this makes
 * pointless are superseded. A payment that can no longer apply (see `whyNotApplicable`) is recorded
 * as returned and its amount credited back to the borrower's checking account, in the same transition.
 * @returns null when the charge's payment is already recorded (applied or returned): a redelivery.
 */
export function recordChargePaid(
  aggregate: LoanAggregate,
  { txid, at, policy = DEFAULT_LATE_PAYMENT_POLICY }: { txid: string; at: Date; policy?: LatePaymentPolicy },
): Transition<LoanAggregate, InstallmentPaid | LoanSettled | PaymentReturnRequested | LoanChargeRemovalRequested> | null {
  const charge = aggregate.charges.find((candidate) => candidate.txid === txid);
  if (charge === undefined) throw notFound(`Loan ${aggregate.loan.id} requested no charge ${txid}.`);
  if (charge.paidAt !== null || aggregate.returnedPayments.some((returned) => returned.txid === txid)) return null;
  const reason = whyNotApplicable(aggregate, charge);
  if (reason !== null) return returnPayment(aggregate, charge, reason, at);
  const { on, purpose } = charge;
  const { state, events } =
    purpose.kind === 'PAYOFF' ? settleLoan(aggregate.loan, { on, at, policy }) : payInstallment(aggregate.loan, { number: purpose.number, on, at, policy });
  const applied = replaceCharge(withLoan(aggregate, state), charge, { ...charge, paidAt: at });
  const superseded = supersedeOpenCharges(applied, charge, at);
  return { state: { ...applied, charges: superseded.charges }, events: [...events, ...superseded.events] };
}

function returnPayment(aggregate: LoanAggregate, { txid, amount }: LoanCharge, reason: string, at: Date): Transition<LoanAggregate, PaymentReturnRequested> {
  const { loan } = aggregate;
  const returned: PaymentReturnRequested = {
    type: 'loans.accounts.credit-requested',
    subject: loan.id,
    data: {
      reference: paymentReturnReference(loan.id, txid),
      customerId: loan.customerId,
      amount: amount.toString(),
      withheldTax: null,
      description: `Return of a loan payment that could not be applied (charge ${txid})`,
    },
    occurredAt: at,
  };
  const returnedPayments = [...aggregate.returnedPayments, { txid, amount, reason, at }];
  return { state: withLoan(aggregate, loan, { returnedPayments }), events: [returned] };
}

/** The charge that paid installment `number` (its own, or the payoff); else the latest one requested for it. */
export function installmentCharge(aggregate: LoanAggregate, number: number): LoanCharge | null {
  const own = aggregate.charges.filter((charge) => charge.purpose.kind === 'INSTALLMENT' && charge.purpose.number === number);
  const paidPayoff = aggregate.charges.find((charge) => charge.purpose.kind === 'PAYOFF' && charge.paidAt !== null);
  return own.find((charge) => charge.paidAt !== null) ?? paidPayoff ?? own.at(-1) ?? null;
}
