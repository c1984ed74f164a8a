import { orNotFound, pageRequest } from '@bank/kernel';
import { autoDebitView, scalarResolvers } from '@bank/graphql';
import { requireAuthenticated } from '@bank/identity';
import { findChargedLoans, payLoanInstallment, payLoanPayoff, type ChargedLoan, type ChargeRef } from '../application/charges';
import { setLoanAutoDebit } from '../application/auto-debit';
import { acceptLoanOffer, retryDisbursement } from '../application/disbursement';
import { findVisibleLoan, findVisibleLoans, listLoans } from '../application/loan-access';
import type { StoredLoan } from '../application/ports';
import { payoffQuote } from '../application/queries';
import { requestLoan } from '../application/request-loan';
import { simulate } from '../application/simulation';
import { installmentCharge, installmentStatus, installmentValue, LocalDate, type InstallmentValue, type Loan } from '../domain';
import type { LoansContext } from './context';
import type { Resolvers } from './generated/resolvers';
import type { InstallmentView } from './mappers';

/** What a signed loan (CONTRACTED onwards) and a disbursed one (ACTIVE, SETTLED) carry. */
type Signed = Extract<Loan, { contractedAt: Date }>;
type Disbursed = Extract<Loan, { disbursement: unknown }>;
const isSigned = (loan: Loan): loan is Signed => 'contractedAt' in loan;
const isDisbursed = (loan: Loan): loan is Disbursed => 'disbursement' in loan;

const installmentsOf = (stored: StoredLoan): InstallmentView[] => {
  const { loan } = stored;
  if (!isDisbursed(loan)) return [];
  return loan.installments.map((installment) => {
    const charge = installmentCharge(stored, installment.number);
    return { ...installment, monthlyRate: loan.offer.monthlyRate, charge: charge && { txid: charge.txid } };
  });
};

/** What an unpaid installment costs today (null once paid): what payLoanInstallment would charge. */
const valueToday = ({ loans }: LoansContext, installment: InstallmentView): InstallmentValue | null =>
  installment.paid === null ? installmentValue(installment, installment.monthlyRate, LocalDate.today(loans.clock), loans.settings.latePayment) : null;

/** What the charge pays, when the caller may see its loan: the charges of a request are looked up together. */
const chargedLoanOf = ({ txid }: ChargeRef, { loans, principal, loaders }: LoansContext): Promise<ChargedLoan | null> =>
  loaders.get<ChargedLoan>('chargedLoan', (txids) => findChargedLoans(loans, principal, txids)).load(txid);

/** Thin: arguments to use cases, results to the schema's shapes. Authorization lives in the use cases. */
export const resolvers: Resolvers = {
  Date: scalarResolvers.Date,
  DateTime: scalarResolvers.DateTime,
  Decimal: scalarResolvers.Decimal,

  Query: {
    loanSimulation: (_, { input }, { loans }) => simulate(loans, input),
    loan: (_, { id }, { loans, principal }) => findVisibleLoan(loans, principal, id),
    loanPayoffQuote: (_, { loanId, date }, { loans, principal }) => payoffQuote(loans, principal, loanId, date),
  },

  Mutation: {
    requestLoan: async (_, { input, idempotencyKey }, { loans, principal }) => ({
      loan: await requestLoan(loans, requireAuthenticated(principal), input, idempotencyKey),
    }),
    acceptLoanOffer: async (_, { input }, { loans, principal }) => ({ loan: await acceptLoanOffer(loans, requireAuthenticated(principal), input.loanId) }),
    retryLoanDisbursement: async (_, { input }, { loans, principal }) => ({
      loan: await retryDisbursement(loans, requireAuthenticated(principal), input.loanId),
    }),
    setLoanAutoDebit: async (_, { input }, { loans, principal }) => ({
      loan: await setLoanAutoDebit(loans, requireAuthenticated(principal), input.loanId, input.enabled),
    }),
    payLoanInstallment: async (_, { input }, { loans, principal }) => ({
      charge: await payLoanInstallment(loans, requireAuthenticated(principal), input.loanId, input.number),
    }),
    payLoanPayoff: async (_, { input }, { loans, principal }) => ({ charge: await payLoanPayoff(loans, requireAuthenticated(principal), input.loanId) }),
  },

  Customer: {
    loans: ({ id }, { status, first, after }, { loans, principal }) => listLoans(loans, principal, id, status ?? null, pageRequest(first, after)),
  },

  PixCharge: {
    // Looks up the whole batch of references in one round trip; the fields read it back from the request's loader.
    __resolveReference: async ({ txid }, context) => {
      await chargedLoanOf({ txid }, context);
      return { txid };
    },
    loan: async (charge, _, context) => (await chargedLoanOf(charge, context))?.loan ?? null,
    loanInstallment: async (charge, _, context) => {
      const charged = await chargedLoanOf(charge, context);
      if (charged?.purpose.kind !== 'INSTALLMENT') return null;
      const { number } = charged.purpose;
      return installmentsOf(charged.loan).find((installment) => installment.number === number) ?? null;
    },
  },

  Loan: {
    __resolveReference: async ({ id }, { loans, principal, loaders }) =>
      orNotFound(await loaders.get<StoredLoan>('loan', (ids) => findVisibleLoans(loans, principal, ids)).load(id), `loan ${id}`),
    id: ({ loan }) => loan.id,
    customer: ({ loan }) => ({ id: loan.customerId }),
    status: ({ loan }) => loan.status,
    principal: ({ loan }) => loan.request.principal,
    termMonths: ({ loan }) => loan.request.termMonths,
    system: ({ loan }) => loan.request.system,
    monthlyIncome: ({ loan }) => loan.request.monthlyIncome,
    purpose: ({ loan }) => loan.request.purpose,
    requestedAt: ({ loan }) => loan.requestedAt,
    offer: ({ loan }) => ('offer' in loan ? loan.offer : null),
    rejection: ({ loan }) => (loan.status === 'REJECTED' ? loan.rejection : null),
    contractedAt: ({ loan }) => (isSigned(loan) ? loan.contractedAt : null),
    disbursementFailure: ({ loan }) => (loan.status === 'DISBURSEMENT_FAILED' ? loan.failure : null),
    disbursement: ({ loan }) => (isDisbursed(loan) ? loan.disbursement : null),
    installments: (stored) => installmentsOf(stored),
    settlement: ({ loan }) => (loan.status === 'SETTLED' ? loan.settlement : null),
    returnedPayments: ({ returnedPayments }) => returnedPayments.map(({ txid, amount, reason, at }) => ({ charge: { txid }, amount, reason, returnedAt: at })),
    autoDebit: ({ autoDebit }) => autoDebitView(autoDebit),
  },

  LoanSimulation: {},

  LoanScheduleRow: {},

  LoanCet: {
    monthly: (cet) => cet.monthly.toFixed(4),
    annual: (cet) => cet.annual.toFixed(4),
  },

  LoanOffer: {
    incomeSharePercent: (offer) => offer.incomeSharePercent.toFixed(2),
  },

  LoanDisbursementFailure: {
    failedAt: (failure) => failure.at,
  },

  LoanDisbursement: {
    disbursedOn: (disbursement) => disbursement.on,
    disbursedAt: (disbursement) => disbursement.at,
  },

  LoanInstallment: {
    status: (installment, _, { loans }) => installmentStatus(installment, LocalDate.today(loans.clock)),
    amountDue: (installment, _, context) => valueToday(context, installment)?.amount ?? null,
    earlyPaymentDiscount: (installment, _, context) => valueToday(context, installment)?.earlyPaymentDiscount ?? null,
    paidOn: (installment) => installment.paid && installment.paid.on,
    paidAmount: (installment) => installment.paid && installment.paid.amount,
  },

  LoanSettlement: {
    settledOn: (settlement) => settlement.on,
    payoffAmount: (settlement) => (settlement.by === 'PAYOFF' ? settlement.amount : null),
  },

  LoanPayoffQuote: {
    date: (quote) => quote.on,
    discount: (quote) => quote.scheduled.subtract(quote.amount),
  },

  LoanPayoffLine: {},
};
