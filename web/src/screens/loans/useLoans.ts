/** The loans screen's data: the simulator (PRICE and SAC side by side), applying, the offer, installments, payoff. */
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import {
  AcceptLoanOfferDocument,
  LoanPayoffDocument,
  MyLoansDocument,
  PayLoanInstallmentDocument,
  PayLoanPayoffDocument,
  RequestLoanDocument,
  SimulateLoanDocument,
  type AmortizationSystem,
  type PayLoanInstallmentMutation,
} from '../../../../schema/operations/generated/graphql';
import { fieldErrors, formErrorsOf, NO_ERRORS, type FormErrors } from '../../lib/errors';
import { newIdempotencyKey } from '../../lib/idempotency';
import { parseAmount } from '../../lib/parse';
import { section } from '../../lib/section';
import { submitting } from '../../lib/useSubmission';

export interface LoanTerms {
  readonly principal: string;
  readonly termMonths: string;
  readonly monthlyRate: string;
}

export interface Application extends LoanTerms {
  readonly system: AmortizationSystem;
  readonly monthlyIncome: string;
  readonly purpose: string;
}

/** Statuses the bank moves on by itself: the list refreshes until they settle. */
const MOVING = new Set(['UNDER_ANALYSIS', 'CONTRACTED']);

const termsOf = ({ principal, termMonths, monthlyRate }: LoanTerms) => {
  const amount = parseAmount(principal);
  const months = Number(termMonths);
  const rate = monthlyRate.trim().replace(',', '.');
  const errors = fieldErrors({
    principal: amount.ok ? undefined : amount.message,
    termMonths: Number.isInteger(months) && months > 0 ? undefined : 'Informe o prazo em meses',
    monthlyRate: /^\d+(\.\d{1,4})?$/.test(rate) ? undefined : 'Informe a taxa ao mês, como 1,99',
  });
  return amount.ok && Object.keys(errors.fields).length === 0
    ? { input: { principal: amount.value, termMonths: months, monthlyRate: rate }, errors: null }
    : { input: null, errors };
};

export type LoanCharge = PayLoanInstallmentMutation['payLoanInstallment']['charge'];

export function useLoans() {
  const [pollInterval, setPollInterval] = useState(0);
  const loans = useQuery(MyLoansDocument, { errorPolicy: 'all', fetchPolicy: 'cache-and-network', pollInterval });
  const loaded = section(loans, (data) => data.me.loans?.edges.map(({ node }) => node));
  const { state } = loaded;
  const list = loaded.state === 'ready' ? loaded.data : [];
  // A charge paid here settles its installment (or the loan) once loans hears of it: refresh until then.
  const [awaiting, setAwaiting] = useState<{ readonly loanId: string; readonly number: number | null } | null>(null);
  const settled = (loan: (typeof list)[number]) =>
    awaiting !== null &&
    (awaiting.number === null ? loan.status === 'SETTLED' : loan.installments.some(({ number, status }) => number === awaiting.number && status === 'PAID'));
  const stillAwaiting = awaiting !== null && !list.some((loan) => loan.id === awaiting.loanId && settled(loan));
  const moving = stillAwaiting || list.some(({ status }) => MOVING.has(status));
  useEffect(() => setPollInterval(moving ? 1000 : 0), [moving]);

  const [simulatePrice, price] = useLazyQuery(SimulateLoanDocument, { errorPolicy: 'all' });
  const [simulateSac, sac] = useLazyQuery(SimulateLoanDocument, { errorPolicy: 'all' });
  const [simulationErrors, setSimulationErrors] = useState<FormErrors>(NO_ERRORS);
  const [request, requesting] = useMutation(RequestLoanDocument, { refetchQueries: ['MyLoans', 'HomeLoans'] });
  const [applyErrors, setApplyErrors] = useState<FormErrors>(NO_ERRORS);
  const [accept] = useMutation(AcceptLoanOfferDocument, { refetchQueries: ['MyLoans', 'HomeLoans'] });
  const [payInstallment] = useMutation(PayLoanInstallmentDocument);
  const [payPayoff] = useMutation(PayLoanPayoffDocument);
  const [quotePayoff, payoff] = useLazyQuery(LoanPayoffDocument, { fetchPolicy: 'network-only', errorPolicy: 'all' });
  const [actionErrors, setActionErrors] = useState<FormErrors>(NO_ERRORS);
  const [charge, setCharge] = useState<{ readonly loanId: string; readonly number: number | null; readonly charge: LoanCharge } | null>(null);

  const act = (request: () => Promise<unknown>) => submitting(setActionErrors, request);

  return {
    loading: state === 'loading',
    unavailable: state === 'unavailable',
    loans: list,

    simulationErrors,
    simulating: price.loading || sac.loading,
    price: price.data?.loanSimulation ?? null,
    sac: sac.data?.loanSimulation ?? null,
    simulate: async (terms: LoanTerms) => {
      const parsed = termsOf(terms);
      if (parsed.input === null) return setSimulationErrors(parsed.errors);
      const [a, b] = await Promise.all([
        simulatePrice({ variables: { input: { ...parsed.input, system: 'PRICE' } } }),
        simulateSac({ variables: { input: { ...parsed.input, system: 'SAC' } } }),
      ]);
      setSimulationErrors(a.error ? formErrorsOf(a.error) : b.error ? formErrorsOf(b.error) : NO_ERRORS);
    },

    applyErrors,
    requesting: requesting.loading,
    apply: async ({ principal, termMonths, system, monthlyIncome, purpose }: Application): Promise<boolean> => {
      const amount = parseAmount(principal);
      const income = parseAmount(monthlyIncome);
      const months = Number(termMonths);
      const errors = fieldErrors({
        principal: amount.ok ? undefined : amount.message,
        monthlyIncome: income.ok ? undefined : income.message,
        termMonths: Number.isInteger(months) && months > 0 ? undefined : 'Informe o prazo em meses',
        purpose: purpose.trim() === '' ? 'Conte para que é o empréstimo' : undefined,
      });
      if (!amount.ok || !income.ok || Object.keys(errors.fields).length > 0) return (setApplyErrors(errors), false);
      return submitting(setApplyErrors, () =>
        request({
          variables: {
            idempotencyKey: newIdempotencyKey(),
            input: { principal: amount.value, termMonths: months, system, monthlyIncome: income.value, purpose: purpose.trim() },
          },
        }),
      );
    },

    actionErrors,
    acceptOffer: (loanId: string) => act(() => accept({ variables: { input: { loanId }, idempotencyKey: newIdempotencyKey() } })),
    payInstallment: (loanId: string, number: number) =>
      act(async () => {
        const requested = (await payInstallment({ variables: { input: { loanId, number }, idempotencyKey: newIdempotencyKey() } })).data?.payLoanInstallment
          .charge;
        setCharge(requested ? { loanId, number, charge: requested } : null);
      }),
    payoffQuote: payoff.data?.loanPayoffQuote ?? null,
    quotePayoff: (loanId: string) => act(async () => void (await quotePayoff({ variables: { loanId } }))),
    payOff: (loanId: string) =>
      act(async () => {
        const requested = (await payPayoff({ variables: { input: { loanId }, idempotencyKey: newIdempotencyKey() } })).data?.payLoanPayoff.charge;
        setCharge(requested ? { loanId, number: null, charge: requested } : null);
      }),
    /** The Pix charge to pay (an installment or the payoff). */
    charge: charge?.charge ?? null,
    /** The charge was paid (from an account, in PayCharge): the list refreshes until the loan shows it. */
    chargePaid: () => {
      if (charge) setAwaiting({ loanId: charge.loanId, number: charge.number });
      setCharge(null);
    },
  };
}
