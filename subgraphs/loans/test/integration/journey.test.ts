import { eventually, useHarness } from '@bank/testing';
import {
  disbursementCreditFor,
  ACCEPT,
  application,
  LOAN,
  maria,
  PAY_INSTALLMENT,
  PAY_PAYOFF,
  REQUEST_LOAN,
  RETRY,
  startTestLoans,
  type LoanView,
} from './support';

/**
 * Loans from application to settlement through RabbitMQ: the service's own consumers analyse
 * and apply Pix's outcomes; the test plays Pix on the service's exchange.
 */
describe('loan journey', () => {
  const loans = useHarness(startTestLoans);
  const gql = <Data>(query: string, variables: Record<string, unknown>) => loans.as(maria)<Data>(query, variables);
  const loan = async (id: string): Promise<LoanView> => {
    const { data, errors } = await gql<{ loan: LoanView }>(LOAN, { id });
    expect(errors).toBeUndefined();
    return data!.loan;
  };
  const loanWhen = (id: string, expectation: (loan: LoanView) => void) =>
    eventually(async () => {
      const current = await loan(id);
      expectation(current);
      return current;
    });

  beforeAll(async () => {});

  /** Applies, waits for the analysis to approve, accepts: CONTRACTED, with the disbursement credit requested. */
  async function contractedLoan(termMonths: number): Promise<string> {
    const { data, errors } = await gql<{ requestLoan: { loan: LoanView } }>(REQUEST_LOAN, {
      input: application(termMonths),
      key: `journey-${termMonths}-${Date.now()}`,
    });
    expect(errors).toBeUndefined();
    const { id, status } = data!.requestLoan.loan;
    expect(status).toBe('UNDER_ANALYSIS');
    const approved = await loanWhen(id, (current) => expect(current.status).toBe('APPROVED'));
    // 1000.00 over 2 or 3 months at 1.49 % is well under 10 % of 9000.00: the cheapest tier
    expect(approved.offer?.monthlyRate).toBe('1.49');
    const accepted = await gql<{ acceptLoanOffer: { loan: LoanView } }>(ACCEPT, { id });
    expect(accepted.data?.acceptLoanOffer.loan.status).toBe('CONTRACTED');
    return id;
  }

  /** A contracted loan whose disbursement the accounts subgraph credits on 2026-01-30 (Brasília), the day it was requested. */
  async function activeLoan(termMonths: number): Promise<LoanView> {
    loans.clock.set('2026-01-30T15:00:00Z');
    const id = await contractedLoan(termMonths);
    const transfer = await disbursementCreditFor(loans.accounts, id);
    await loans.accounts.settle(transfer, '2026-01-30T15:00:05Z');
    const active = await loanWhen(id, (current) => expect(current.status).toBe('ACTIVE'));
    expect(active.disbursement?.releasedAmount).toBe(transfer.data.amount);
    return active;
  }

  /** Pays through Pix: the mutation waits until Pix reports the charge created, then the test pays it. */
  async function pay(query: string, variables: Record<string, unknown>, index: number, paidAt: string) {
    const paying = gql<Record<string, { charge: { txid: string } }>>(query, variables);
    const request = await loans.pix.chargeFor(variables.id as string, index);
    await loans.pix.createCharge(request);
    const { data, errors } = await paying;
    expect(errors).toBeUndefined();
    expect(Object.values(data!)[0]).toEqual({ charge: { txid: request.data.txid } });
    await loans.pix.payCharge(request, paidAt);
    return request;
  }

  it('request → analysis → accept → disbursed → installments paid (one late) → SETTLED', async () => {
    const disbursedBefore = await loans.metric('loans_disbursed_amount_reais_total');
    const active = await activeLoan(2);
    const { id } = active;
    // 1000.00 at 1.49 % over 2 months from 2026-01-30; IOF 3.80 + 0.0082 % × (496.30 × 29 + 503.70 × 59) = 7.417102 → 7.42
    expect(active.disbursement).toEqual({ disbursedOn: '2026-01-30', iof: '7.42', releasedAmount: '992.58', cet: { monthly: '2.0716', annual: '27.8968' } });
    expect(active.installments.map(({ dueDate, payment, status }) => [dueDate, payment, status])).toEqual([
      ['2026-02-28', '511.20', 'PENDING'],
      ['2026-03-30', '511.21', 'PENDING'],
    ]);
    // counted once the loan is saved ACTIVE, right after
    await eventually(async () => expect(await loans.metric('loans_disbursed_amount_reais_total')).toBeCloseTo(disbursedBefore + 992.58, 2));

    // 10 days late: 511.20 × (1 + 2 % + 1 % × 10/30) = 523.128 → 523.13
    loans.clock.set('2026-03-10T15:00:00Z');
    expect((await loan(id)).installments[0]).toEqual(expect.objectContaining({ status: 'OVERDUE', amountDue: '523.13' }));
    expect(await loans.metric('loans_overdue_loans')).toBe(1);
    const first = await pay(PAY_INSTALLMENT, { id, number: 1 }, 0, '2026-03-10T15:01:00Z');
    expect(first.data).toEqual({
      reference: { source: 'loans', id: `${id}/installment-1/${first.data.txid}` },
      txid: first.data.txid,
      payer: { customerId: 'customer-maria', name: 'Maria Silva', document: '52998224725' },
      amount: '523.13',
      description: 'Loan installment 1',
      expiresInSeconds: 12 * 3600, // 12:00 in Brasília: until midnight
    });
    expect(first.data.txid).toMatch(/^[A-Za-z0-9]{25}$/);
    const paidOnce = await loanWhen(id, (current) => expect(current.installments[0]?.status).toBe('PAID'));
    expect(paidOnce.installments[0]).toEqual(
      expect.objectContaining({ paidOn: '2026-03-10', paidAmount: '523.13', amountDue: null, charge: { txid: first.data.txid } }),
    );
    expect(paidOnce.status).toBe('ACTIVE');
    expect(await loans.metric('loans_overdue_loans')).toBe(0);

    loans.clock.set('2026-03-30T12:00:00Z');
    const second = await pay(PAY_INSTALLMENT, { id, number: 2 }, 1, '2026-03-30T12:00:30Z');
    expect(second.data.amount).toBe('511.21');
    const settled = await loanWhen(id, (current) => expect(current.status).toBe('SETTLED'));
    expect(settled.settlement).toEqual({ by: 'LAST_INSTALLMENT', settledOn: '2026-03-30', payoffAmount: null });
    expect(settled.installments.map(({ status, paidAmount }) => [status, paidAmount])).toEqual([
      ['PAID', '523.13'],
      ['PAID', '511.21'],
    ]);
    await eventually(() =>
      expect(loans.pix.eventTypesOf(id)).toEqual([
        'loans.loan.requested',
        'loans.loan.approved',
        'loans.loan.contracted',
        'loans.loan.disbursed',
        'loans.loan.installment-paid',
        'loans.loan.installment-paid',
        'loans.loan.settled',
      ]),
    );
  });

  it('asking again on the same day returns the same charge; a paid installment is not charged again', async () => {
    const { id } = await activeLoan(2);
    loans.clock.set('2026-02-10T15:00:00Z');
    const first = await pay(PAY_INSTALLMENT, { id, number: 1 }, 0, '2026-02-10T15:01:00Z');
    // paid meanwhile: a new request for installment 1 is refused, installment 2 gets a charge of its own
    await loanWhen(id, (current) => expect(current.installments[0]?.status).toBe('PAID'));
    const again = await gql<unknown>(PAY_INSTALLMENT, { id, number: 1 });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const paying = gql<{ payLoanInstallment: { charge: { txid: string } } }>(PAY_INSTALLMENT, { id, number: 2 });
    const second = await loans.pix.chargeFor(id, 1);
    await loans.pix.createCharge(second);
    expect((await paying).data?.payLoanInstallment.charge.txid).toBe(second.data.txid);
    const repeated = await gql<{ payLoanInstallment: { charge: { txid: string } } }>(PAY_INSTALLMENT, { id, number: 2 });
    expect(repeated.data?.payLoanInstallment.charge.txid).toBe(second.data.txid);
    expect(loans.pix.charges.filter((event) => event.subject === id).map((event) => event.data.txid)).toEqual([first.data.txid, second.data.txid]);
  });

  it('early payoff: the quote discounts future interest, and paying its charge settles the loan', async () => {
    const { id } = await activeLoan(3);
    loans.clock.set('2026-02-10T15:00:00Z');
    const { data } = await gql<{ loanPayoffQuote: { date: string; amount: string; scheduled: string; discount: string; lines: { number: number }[] } }>(
      'query ($id: ID!) { loanPayoffQuote(loanId: $id) { date amount scheduled discount lines { number } } }',
      { id },
    );
    const quote = data!.loanPayoffQuote;
    expect(quote).toEqual(expect.objectContaining({ date: '2026-02-10', scheduled: '1029.95', lines: [{ number: 1 }, { number: 2 }, { number: 3 }] }));
    expect(Number(quote.amount)).toBeLessThan(Number(quote.scheduled));
    const payoff = await pay(PAY_PAYOFF, { id }, 0, '2026-02-10T15:02:00Z');
    expect(payoff.data).toEqual(
      expect.objectContaining({ amount: quote.amount, description: 'Loan payoff', reference: { source: 'loans', id: `${id}/payoff/${payoff.data.txid}` } }),
    );
    const settled = await loanWhen(id, (current) => expect(current.status).toBe('SETTLED'));
    expect(settled.settlement).toEqual({ by: 'PAYOFF', settledOn: '2026-02-10', payoffAmount: quote.amount });
    expect(settled.installments.every((installment) => installment.status === 'PAID' && installment.charge?.txid === payoff.data.txid)).toBe(true);
  });

  it('a charge paid after the payoff settled the loan goes back to the borrower, once, however often Pix reports it', async () => {
    const paidAcked = () => loans.metric('messaging_events_consumed_total', 'type="pix.charge.paid",outcome="ack"');
    const stored = async (id: string) =>
      (await loans.mongo.connection.collection<{ _id: string; version: number; outbox: unknown[] }>('loans').findOne({ _id: id }))!;
    const { id } = await activeLoan(2);
    loans.clock.set('2026-02-10T15:00:00Z');
    // installment 1 charged and left open, then the payoff charged and paid
    const asking = gql<unknown>(PAY_INSTALLMENT, { id, number: 1 });
    const installment = await loans.pix.chargeFor(id, 0);
    await loans.pix.createCharge(installment);
    expect((await asking).errors).toBeUndefined();
    const payoff = await pay(PAY_PAYOFF, { id }, 1, '2026-02-10T15:02:00Z');
    const settled = await loanWhen(id, (current) => expect(current.status).toBe('SETTLED'));
    expect(settled.settlement).toEqual({ by: 'PAYOFF', settledOn: '2026-02-10', payoffAmount: payoff.data.amount });
    const settledVersion = (await stored(id)).version;

    // the old installment charge paid anyway, and Pix's event delivered twice (two event ids)
    await loans.pix.payCharge(installment, '2026-02-10T15:03:00Z');
    await loans.pix.payCharge(installment, '2026-02-10T15:03:00Z');
    // every charge payment Pix reported so far handled by the service (refusals are acknowledged too)
    await eventually(async () => expect(await paidAcked()).toBe(loans.pix.chargesPaid));
    // one write for both deliveries, and its events relayed
    await eventually(async () => expect(await stored(id)).toEqual(expect.objectContaining({ version: settledVersion + 1, outbox: [] })));
    const { data } = await gql<{ loan: LoanView & { returnedPayments: unknown[] } }>(
      'query ($id: ID!) { loan(id: $id) { status settlement { by } returnedPayments { charge { txid } amount reason returnedAt } } }',
      { id },
    );
    expect(data?.loan).toEqual({
      status: 'SETTLED',
      settlement: { by: 'PAYOFF' },
      returnedPayments: [
        {
          charge: { txid: installment.data.txid },
          amount: installment.data.amount,
          reason: `Loan ${id} was already settled on 2026-02-10 (paid off).`,
          returnedAt: '2026-02-10T15:03:00.000Z',
        },
      ],
    });
    const returnReference = { source: 'loans', id: `${id}/return/${installment.data.txid}` };
    const returns = await eventually(() => {
      const requested = loans.accounts.credits.filter((event) => event.data.reference.id === returnReference.id);
      expect(requested).toHaveLength(1);
      return requested;
    });
    expect(returns[0]?.data).toEqual({
      reference: returnReference,
      customerId: 'customer-maria',
      amount: installment.data.amount,
      withheldTax: null,
      description: `Return of a loan payment that could not be applied (charge ${installment.data.txid})`,
    });
    expect(loans.accounts.credits.filter((event) => event.subject === id)).toHaveLength(2); // the disbursement and the return
  });

  it('a failed disbursement → DISBURSEMENT_FAILED; the retry asks the accounts subgraph again under a new reference and is credited', async () => {
    loans.clock.set('2026-01-30T15:00:00Z');
    const id = await contractedLoan(2);
    await loans.accounts.fail(await disbursementCreditFor(loans.accounts, id), { reason: 'NO_CHECKING_ACCOUNT' });
    const failed = await loanWhen(id, (current) => expect(current.status).toBe('DISBURSEMENT_FAILED'));
    expect(failed.disbursementFailure).toEqual({ reason: 'refused: NO_CHECKING_ACCOUNT' });
    await eventually(() => expect(loans.pix.eventTypesOf(id)).toContain('loans.loan.disbursement-failed'));

    loans.clock.set('2026-01-31T15:00:00Z');
    const { data } = await gql<{ retryLoanDisbursement: { loan: LoanView } }>(RETRY, { id });
    expect(data?.retryLoanDisbursement.loan).toEqual(expect.objectContaining({ status: 'CONTRACTED', disbursementFailure: null }));
    const retried = await disbursementCreditFor(loans.accounts, id, 2);
    // released as of the retry's day: IOF 3.80 + 0.0082 % × (496.30 × 28 + 503.70 × 59) = 7.3764054 → 7.38
    expect(retried.data).toEqual({
      reference: { source: 'loans', id: `${id}/disbursement-2` },
      customerId: 'customer-maria',
      amount: '992.62',
      withheldTax: '7.38',
      description: `Loan ${id}: 1000.00 disbursed, IOF 7.38 withheld`,
    });
    await loans.accounts.settle(retried, '2026-01-31T15:00:05Z');
    const active = await loanWhen(id, (current) => expect(current.status).toBe('ACTIVE'));
    expect(active.disbursement?.disbursedOn).toBe('2026-01-31');
    expect(active.installments.map((installment) => installment.dueDate)).toEqual(['2026-02-28', '2026-03-31']);
  });
});
