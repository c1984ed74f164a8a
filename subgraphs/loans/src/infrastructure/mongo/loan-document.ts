import { Decimal, Money } from '@bank/kernel';
import type { OutboxFields } from '@bank/store-mongo';
import { z } from 'zod';
import type { StoredLoan } from '../../application/ports';
import { AMORTIZATION_SYSTEMS, LocalDate, type Cet, type LoanAggregate, type LoanCharge, type LoanInstallment } from '../../domain';

/*
 * A loan is one document: its state (the domain's Loan, `_id` its id), what it asked Pix for, and
 * the outbox (outboxPlugin). Amounts and rates are decimal strings, calendar dates "YYYY-MM-DD",
 * instants BSON dates. Reading parses the whole document, from MongoDB or from the cache's JSON alike.
 */

/** A BSON date from MongoDB, an ISO string from JSON. */
const instant = z.union([z.date(), z.iso.datetime()]).transform((value) => new Date(value));
const money = z.string().transform((text) => Money.parse(text));
const rate = z.string().transform((text) => new Decimal(text));
const calendarDate = z.string().transform((text) => LocalDate.parse(text));

const cet = z.object({ monthly: rate, annual: rate });

const attemptFields = { number: z.number().int(), amount: money, on: calendarDate, requestedAt: instant };

const record = {
  _id: z.string(),
  version: z.number().int(),
  customerId: z.string(),
  borrower: z.object({ name: z.string(), document: z.string() }),
  request: z.object({
    principal: money,
    termMonths: z.number().int(),
    system: z.enum(AMORTIZATION_SYSTEMS),
    monthlyIncome: money,
    purpose: z.string(),
  }),
  requestedAt: instant,
  disbursements: z.array(z.object({ attempt: z.number().int(), amount: money, on: calendarDate, requestedAt: instant })),
  charges: z.array(
    z.object({
      txid: z.string(),
      purpose: z.discriminatedUnion('kind', [z.object({ kind: z.literal('INSTALLMENT'), number: z.number().int() }), z.object({ kind: z.literal('PAYOFF') })]),
      amount: money,
      on: calendarDate,
      requestedAt: instant,
      createdAt: instant.nullable(),
      paidAt: instant.nullable(),
      // absent from documents written before charges could be superseded
      supersededAt: instant.nullable().default(null),
      // absent from documents written before Pix could refuse a charge
      refusedAt: instant.nullable().default(null),
    }),
  ),
  returnedPayments: z.array(z.object({ txid: z.string(), amount: money, reason: z.string(), at: instant })).default([]),
  // absent from documents written before automatic debits
  autoDebit: z
    .object({
      enabled: z.boolean(),
      attempts: z.array(
        z.discriminatedUnion('status', [
          z.object({ status: z.literal('REQUESTED'), ...attemptFields }),
          z.object({ status: z.literal('PAID'), ...attemptFields, settledAt: instant }),
          z.object({ status: z.literal('RETURNED'), ...attemptFields, settledAt: instant }),
          z.object({ status: z.literal('FAILED'), ...attemptFields, reason: z.string(), failedAt: instant }),
        ]),
      ),
    })
    .default({ enabled: false, attempts: [] }),
};

const offered = {
  ...record,
  offer: z.object({ monthlyRate: rate, installment: money, incomeSharePercent: rate, decidedAt: instant }),
};

const signed = { ...offered, contractedAt: instant };

const disbursed = {
  ...signed,
  disbursement: z.object({ on: calendarDate, at: instant, iof: money, releasedAmount: money, cet }),
  installments: z.array(
    z.object({
      number: z.number().int(),
      dueDate: calendarDate,
      payment: money,
      interest: money,
      amortization: money,
      balance: money,
      paid: z.object({ on: calendarDate, amount: money }).nullable(),
    }),
  ),
};

const loanDocument = z.discriminatedUnion('status', [
  z.object({ ...record, status: z.literal('UNDER_ANALYSIS') }),
  z.object({ ...record, status: z.literal('REJECTED'), rejection: z.object({ reason: z.string(), decidedAt: instant }) }),
  z.object({ ...offered, status: z.literal('APPROVED') }),
  z.object({ ...signed, status: z.literal('CONTRACTED') }),
  z.object({ ...signed, status: z.literal('DISBURSEMENT_FAILED'), failure: z.object({ reason: z.string(), at: instant }) }),
  z.object({ ...disbursed, status: z.literal('ACTIVE') }),
  z.object({
    ...disbursed,
    status: z.literal('SETTLED'),
    settlement: z.discriminatedUnion('by', [
      z.object({ by: z.literal('LAST_INSTALLMENT'), on: calendarDate }),
      z.object({ by: z.literal('PAYOFF'), on: calendarDate, amount: money }),
    ]),
  }),
]);

/** The document as written: what `loanDocument` reads back. */
export type LoanDocument = z.input<typeof loanDocument> & OutboxFields & { nextDueDate?: string };

/** The fields a write sets: the document without its outbox, which the outbox helpers write. */
export type LoanFields = Omit<LoanDocument, keyof OutboxFields>;

/** Fields only some statuses have: a write that leaves one out removes it. */
export const OPTIONAL_FIELDS = ['offer', 'rejection', 'contractedAt', 'failure', 'disbursement', 'installments', 'settlement', 'nextDueDate'] as const;

/** Reads a stored document (or its JSON); a document that does not parse is corrupt and throws. */
export function fromDocument(document: unknown): StoredLoan {
  const { _id, version, borrower, disbursements, charges, returnedPayments, autoDebit, ...loan } = loanDocument.parse(document);
  return { version, borrower, disbursements, charges, returnedPayments, autoDebit, loan: { id: _id, ...loan } };
}

const cetFields = ({ monthly, annual }: Cet) => ({ monthly: monthly.toFixed(4), annual: annual.toFixed(4) });

const installmentFields = ({ number, dueDate, payment, interest, amortization, balance, paid }: LoanInstallment) => ({
  number,
  dueDate: dueDate.toString(),
  payment: payment.toString(),
  interest: interest.toString(),
  amortization: amortization.toString(),
  balance: balance.toString(),
  paid: paid && { on: paid.on.toString(), amount: paid.amount.toString() },
});

const chargeFields = ({ txid, purpose, amount, on, requestedAt, createdAt, paidAt, supersededAt, refusedAt }: LoanCharge) => ({
  txid,
  purpose,
  amount: amount.toString(),
  on: on.toString(),
  requestedAt,
  createdAt,
  paidAt,
  supersededAt,
  refusedAt,
});

/** The earliest due date still unpaid, while the loan is ACTIVE: what the overdue count queries. */
function nextDueDate({ loan }: LoanAggregate): string | undefined {
  if (loan.status !== 'ACTIVE') return undefined;
  return loan.installments.find((installment) => installment.paid === null)?.dueDate.toString();
}

export function toDocument(aggregate: LoanAggregate): LoanFields {
  const { loan, borrower } = aggregate;
  const { principal, termMonths, system, monthlyIncome, purpose } = loan.request;
  const fields = {
    _id: loan.id,
    status: loan.status,
    customerId: loan.customerId,
    borrower,
    request: { principal: principal.toString(), termMonths, system, monthlyIncome: monthlyIncome.toString(), purpose },
    requestedAt: loan.requestedAt,
    disbursements: aggregate.disbursements.map(({ attempt, amount, on, requestedAt }) => ({
      attempt,
      amount: amount.toString(),
      on: on.toString(),
      requestedAt,
    })),
    charges: aggregate.charges.map(chargeFields),
    returnedPayments: aggregate.returnedPayments.map(({ txid, amount, reason, at }) => ({ txid, amount: amount.toString(), reason, at })),
    autoDebit: {
      enabled: aggregate.autoDebit.enabled,
      attempts: aggregate.autoDebit.attempts.map((attempt) => ({ ...attempt, amount: attempt.amount.toString(), on: attempt.on.toString() })),
    },
    ...(loan.status === 'REJECTED' && { rejection: loan.rejection }),
    ...('offer' in loan && {
      offer: {
        monthlyRate: loan.offer.monthlyRate.toFixed(),
        installment: loan.offer.installment.toString(),
        incomeSharePercent: loan.offer.incomeSharePercent.toFixed(),
        decidedAt: loan.offer.decidedAt,
      },
    }),
    ...('contractedAt' in loan && { contractedAt: loan.contractedAt }),
    ...(loan.status === 'DISBURSEMENT_FAILED' && { failure: loan.failure }),
    ...('disbursement' in loan && {
      disbursement: {
        on: loan.disbursement.on.toString(),
        at: loan.disbursement.at,
        iof: loan.disbursement.iof.toString(),
        releasedAmount: loan.disbursement.releasedAmount.toString(),
        cet: cetFields(loan.disbursement.cet),
      },
      installments: loan.installments.map(installmentFields),
    }),
    ...(loan.status === 'SETTLED' && {
      settlement:
        loan.settlement.by === 'PAYOFF'
          ? { by: loan.settlement.by, on: loan.settlement.on.toString(), amount: loan.settlement.amount.toString() }
          : { by: loan.settlement.by, on: loan.settlement.on.toString() },
    }),
  };
  const due = nextDueDate(aggregate);
  return (due === undefined ? fields : { ...fields, nextDueDate: due }) as LoanFields;
}

/** Loans as JSON text, for the cache: the document's form, read back by the same parser. */
export const loanCodec = {
  encode: (loan: StoredLoan): string => JSON.stringify({ ...toDocument(loan), version: loan.version }),
  decode: (text: string): StoredLoan => fromDocument(JSON.parse(text)),
};
