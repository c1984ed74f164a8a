import { type Transition, conflict, notFound, type Decimal, type Money } from '@bank/kernel';
import type { Cet } from './cet';
import { analyseCredit, CREDIT_TIERS, type CreditTier } from './credit-analysis';
import type { InstallmentPaid, LoanApproved, LoanContracted, LoanDisbursed, LoanEvent, LoanRejected, LoanRequested, LoanSettled } from './events';
import { DEFAULT_IOF_RATES, type IofRates } from './iof';
import { DEFAULT_LATE_PAYMENT_POLICY, type LatePaymentPolicy } from './late-payment';
import type { LoanInstallment } from './loan-installment';
import type { LoanRequest } from './loan-request';
import type { LocalDate } from './local-date';
import { installmentValue, payoffQuote, type InstallmentValue, type PayoffQuote } from './payoff';
import { simulateLoan } from './simulation';

interface LoanRecord {
  readonly id: string;
  readonly customerId: string;
  readonly request: LoanRequest;
  readonly requestedAt: Date;
}

export interface LoanOffer {
  /** Percent a month. */
  readonly monthlyRate: Decimal;
  /** The largest installment at that rate. */
  readonly installment: Money;
  readonly incomeSharePercent: Decimal;
  readonly decidedAt: Date;
}

interface OfferedLoan extends LoanRecord {
  readonly offer: LoanOffer;
}

interface SignedLoan extends OfferedLoan {
  readonly contractedAt: Date;
}

export interface Disbursement {
  /** The release date: the table's start date. */
  readonly on: LocalDate;
  readonly at: Date;
  readonly iof: Money;
  readonly releasedAmount: Money;
  readonly cet: Cet;
}

interface DisbursedLoan extends SignedLoan {
  readonly disbursement: Disbursement;
  /** Fixed from the disbursement date at the offered rate. */
  readonly installments: readonly LoanInstallment[];
}

export type Settlement =
  { readonly by: 'LAST_INSTALLMENT'; readonly on: LocalDate } | { readonly by: 'PAYOFF'; readonly on: LocalDate; readonly amount: Money };

export interface UnderAnalysisLoan extends LoanRecord {
  readonly status: 'UNDER_ANALYSIS';
}
export interface RejectedLoan extends LoanRecord {
  readonly status: 'REJECTED';
  readonly rejection: { readonly reason: string; readonly decidedAt: Date };
}
export interface ApprovedLoan extends OfferedLoan {
  readonly status: 'APPROVED';
}
export interface ContractedLoan extends SignedLoan {
  readonly status: 'CONTRACTED';
}
/** The transfer to the borrower failed; the loan may go back to CONTRACTED and try again. */
export interface DisbursementFailedLoan extends SignedLoan {
  readonly status: 'DISBURSEMENT_FAILED';
  readonly failure: { readonly reason: string; readonly at: Date };
}
export interface ActiveLoan extends DisbursedLoan {
  readonly status: 'ACTIVE';
}
export interface SettledLoan extends DisbursedLoan {
  readonly status: 'SETTLED';
  readonly settlement: Settlement;
}

export type Loan = UnderAnalysisLoan | RejectedLoan | ApprovedLoan | ContractedLoan | DisbursementFailedLoan | ActiveLoan | SettledLoan;

export type LoanStatus = Loan['status'];

/** Refuses, with CONFLICT, a transition the loan's status does not allow. */
function expectStatus<S extends LoanStatus>(loan: Loan, status: S, action: string): Extract<Loan, { status: S }> {
  if (loan.status !== status) throw conflict(`Loan ${loan.id} is ${loan.status}: cannot ${action} (needs ${status}).`);
  return loan as Extract<Loan, { status: S }>;
}

function recorded<E extends LoanEvent>(type: E['type'], loan: LoanRecord, data: Omit<E['data'], 'loanId' | 'customerId'>, at: Date): E {
  return { type, subject: loan.id, data: { loanId: loan.id, customerId: loan.customerId, ...data }, occurredAt: at } as E;
}

export function requestLoan(command: { id: string; customerId: string; request: LoanRequest; at: Date }): Transition<UnderAnalysisLoan, LoanRequested> {
  const { id, customerId, request, at } = command;
  const loan: UnderAnalysisLoan = { status: 'UNDER_ANALYSIS', id, customerId, request, requestedAt: at };
  const { principal, termMonths, system, monthlyIncome, purpose } = request;
  return {
    state: loan,
    events: [
      recorded<LoanRequested>(
        'loans.loan.requested',
        loan,
        { principal: principal.toString(), termMonths, system, monthlyIncome: monthlyIncome.toString(), purpose },
        at,
      ),
    ],
  };
}

/** Applies the credit rule (see CREDIT_TIERS) to a loan under analysis. */
export function analyseLoan(
  loan: Loan,
  at: Date,
  tiers: readonly CreditTier[] = CREDIT_TIERS,
): Transition<ApprovedLoan | RejectedLoan, LoanApproved | LoanRejected> {
  const pending = expectStatus(loan, 'UNDER_ANALYSIS', 'analyse it');
  const decision = analyseCredit(pending.request, tiers);
  if (decision.outcome === 'REJECTED') {
    const rejected: RejectedLoan = { ...pending, status: 'REJECTED', rejection: { reason: decision.reason, decidedAt: at } };
    return { state: rejected, events: [recorded<LoanRejected>('loans.loan.rejected', rejected, { reason: decision.reason }, at)] };
  }
  const { monthlyRate, installment, incomeSharePercent } = decision;
  const approved: ApprovedLoan = {
    ...pending,
    status: 'APPROVED',
    offer: { monthlyRate, installment, incomeSharePercent, decidedAt: at },
  };
  const data = {
    monthlyRate: monthlyRate.toFixed(),
    installment: installment.toString(),
    incomeSharePercent: incomeSharePercent.toFixed(2),
  };
  return { state: approved, events: [recorded<LoanApproved>('loans.loan.approved', approved, data, at)] };
}

/** The borrower accepts the offer. */
export function contractLoan(loan: Loan, at: Date): Transition<ContractedLoan, LoanContracted> {
  const approved = expectStatus(loan, 'APPROVED', 'contract it');
  const contracted: ContractedLoan = { ...approved, status: 'CONTRACTED', contractedAt: at };
  const { principal, termMonths, system } = approved.request;
  const data = { principal: principal.toString(), termMonths, system, monthlyRate: approved.offer.monthlyRate.toFixed() };
  return { state: contracted, events: [recorded<LoanContracted>('loans.loan.contracted', contracted, data, at)] };
}

/** The money reached the borrower on `on`: the table, the IOF and the CET are fixed from that date. */
export function disburseLoan(
  loan: Loan,
  { on, at, iofRates = DEFAULT_IOF_RATES }: { on: LocalDate; at: Date; iofRates?: IofRates },
): Transition<ActiveLoan, LoanDisbursed> {
  const contracted = expectStatus(loan, 'CONTRACTED', 'disburse it');
  const { principal, termMonths, system } = contracted.request;
  const simulation = simulateLoan({ principal, termMonths, system, monthlyRate: contracted.offer.monthlyRate, startDate: on }, iofRates);
  const { iof, releasedAmount, cet } = simulation;
  const installments = simulation.installments.map((installment) => ({ ...installment, paid: null }));
  const active: ActiveLoan = {
    ...contracted,
    status: 'ACTIVE',
    disbursement: { on, at, iof, releasedAmount, cet },
    installments,
  };
  const data = {
    disbursedOn: on.toString(),
    principal: principal.toString(),
    iof: iof.toString(),
    releasedAmount: releasedAmount.toString(),
    installments: installments.length,
    firstDueDate: on.addMonthsClamped(1).toString(),
    lastDueDate: on.addMonthsClamped(termMonths).toString(),
    cet: { monthly: cet.monthly.toFixed(4), annual: cet.annual.toFixed(4) },
  };
  return { state: active, events: [recorded<LoanDisbursed>('loans.loan.disbursed', active, data, at)] };
}

export function failDisbursement(loan: Loan, { reason, at }: { reason: string; at: Date }): Transition<DisbursementFailedLoan, never> {
  const contracted = expectStatus(loan, 'CONTRACTED', 'record a failed disbursement');
  return { state: { ...contracted, status: 'DISBURSEMENT_FAILED', failure: { reason, at } }, events: [] };
}

export function retryDisbursement(loan: Loan): Transition<ContractedLoan, never> {
  const { failure: _failure, ...failed } = expectStatus(loan, 'DISBURSEMENT_FAILED', 'retry the disbursement');
  return { state: { ...failed, status: 'CONTRACTED' }, events: [] };
}

/**
 * Pays installment `number` on `on` for what it costs that day (installmentValue: discounted
 * before its due date, late charges after); paying the last unpaid one settles the loan.
 */
export function payInstallment(
  loan: Loan,
  { number, on, at, policy = DEFAULT_LATE_PAYMENT_POLICY }: { number: number; on: LocalDate; at: Date; policy?: LatePaymentPolicy },
): Transition<ActiveLoan | SettledLoan, InstallmentPaid | LoanSettled> {
  const { active, installment, amount, earlyPaymentDiscount, lateCharges } = installmentDue(loan, { number, on, policy });
  const installments = active.installments.map((candidate) => (candidate === installment ? { ...candidate, paid: { on, amount } } : candidate));
  const paid = recorded<InstallmentPaid>(
    'loans.loan.installment-paid',
    active,
    {
      number,
      dueDate: installment.dueDate.toString(),
      paidOn: on.toString(),
      amount: amount.toString(),
      lateCharges: lateCharges.toString(),
      earlyPaymentDiscount: earlyPaymentDiscount.toString(),
    },
    at,
  );
  if (installments.some((candidate) => candidate.paid === null)) {
    return { state: { ...active, installments }, events: [paid] };
  }
  const settled = settle({ ...active, installments }, { by: 'LAST_INSTALLMENT', on }, at);
  return { state: settled.state, events: [paid, ...settled.events] };
}

/** What unpaid installment `number` of an active loan costs on `on`: discounted before its due date, with late charges after. */
export function installmentDue(
  loan: Loan,
  { number, on, policy = DEFAULT_LATE_PAYMENT_POLICY }: { number: number; on: LocalDate; policy?: LatePaymentPolicy },
): { active: ActiveLoan; installment: LoanInstallment } & InstallmentValue {
  const active = expectStatus(loan, 'ACTIVE', 'pay an installment');
  const installment = active.installments.find((candidate) => candidate.number === number);
  if (installment === undefined) throw notFound(`Loan ${active.id} has no installment ${number}.`);
  if (installment.paid !== null) throw conflict(`Installment ${number} of loan ${active.id} was paid on ${installment.paid.on}.`);
  return { active, installment, ...installmentValue(installment, active.offer.monthlyRate, on, policy) };
}

/** What settles an active loan on `on` (CDC art. 52 §2, see payoffQuote). */
export function quotePayoff(loan: Loan, on: LocalDate, policy: LatePaymentPolicy = DEFAULT_LATE_PAYMENT_POLICY): PayoffQuote {
  const active = expectStatus(loan, 'ACTIVE', 'quote a payoff');
  return payoffQuote(active.installments, active.offer.monthlyRate, on, policy);
}

/** Early payoff: every unpaid installment is paid on `on` for its line of the quote. */
export function settleLoan(
  loan: Loan,
  { on, at, policy = DEFAULT_LATE_PAYMENT_POLICY }: { on: LocalDate; at: Date; policy?: LatePaymentPolicy },
): Transition<SettledLoan, LoanSettled> {
  const active = expectStatus(loan, 'ACTIVE', 'settle it');
  const quote = payoffQuote(active.installments, active.offer.monthlyRate, on, policy);
  const amounts = new Map(quote.lines.map((line) => [line.number, line.amount]));
  const installments = active.installments.map((installment) => {
    const amount = amounts.get(installment.number);
    return amount === undefined ? installment : { ...installment, paid: { on, amount } };
  });
  return settle({ ...active, installments }, { by: 'PAYOFF', on, amount: quote.amount }, at);
}

function settle(loan: ActiveLoan, settlement: Settlement, at: Date): Transition<SettledLoan, LoanSettled> {
  const settled: SettledLoan = { ...loan, status: 'SETTLED', settlement };
  const data = {
    settledOn: settlement.on.toString(),
    by: settlement.by,
    payoffAmount: settlement.by === 'PAYOFF' ? settlement.amount.toString() : null,
  };
  return { state: settled, events: [recorded<LoanSettled>('loans.loan.settled', settled, data, at)] };
}
