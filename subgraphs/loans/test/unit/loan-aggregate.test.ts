import { accountRequestTypes, pixRequestTypes } from '@bank/contracts';
import { Decimal, Money } from '@bank/kernel';
import {
  acceptOffer,
  analyseApplication,
  disbursementReference,
  installmentCharge,
  loanIdOf,
  LOANS_SOURCE,
  LocalDate,
  openLoan,
  parseLoanRequest,
  paymentReturnReference,
  quotePayoff,
  recordChargeCreated,
  recordChargePaid,
  recordDisbursement,
  recordDisbursementFailure,
  requestCharge,
  retryLoanDisbursement,
  simulateLoan,
  whyNotApplicable,
  type LoanAggregate,
} from '../../src/domain';

const at = new Date('2026-01-30T12:00:00Z');
const borrower = { name: 'Maria Silva', document: '52998224725' };
const request = parseLoanRequest({ principal: '1000.00', termMonths: 3, system: 'PRICE', monthlyIncome: '3433.20', purpose: 'home repairs' });
const opened = () => openLoan({ id: 'loan-1', customerId: 'customer-1', borrower, request, at }).state;
const approved = () => analyseApplication(opened(), at).state;
const contracted = () => acceptOffer(approved(), { at }).state;
const firstAttempt = disbursementReference('loan-1', 1);
const disbursedOn = LocalDate.of(2026, 1, 31);
const active = () => recordDisbursement(contracted(), { reference: firstAttempt, on: disbursedOn, at }).state;
const installmentsOf = (aggregate: LoanAggregate) => (aggregate.loan.status === 'ACTIVE' ? aggregate.loan.installments : []);

describe('openLoan', () => {
  it('keeps the borrower and starts with no Pix requests', () => {
    const { state, events } = openLoan({ id: 'loan-1', customerId: 'customer-1', borrower, request, at });
    expect(state).toEqual(expect.objectContaining({ borrower, disbursements: [], charges: [] }));
    expect(state.loan.status).toBe('UNDER_ANALYSIS');
    expect(events.map((event) => event.type)).toEqual(['loans.loan.requested']);
  });
});

describe('disbursement', () => {
  it('accepting the offer contracts the loan and asks for what it releases today to be credited, the IOF withheld', () => {
    const { state, events } = acceptOffer(approved(), { at });
    // the offer is 1.49 % a month (see loan.test.ts); the table would start today, 2026-01-30 in Brasília
    const { releasedAmount: released, iof } = simulateLoan({ ...request, monthlyRate: new Decimal('1.49'), startDate: LocalDate.of(2026, 1, 30) });
    expect(state.loan.status).toBe('CONTRACTED');
    expect(events.map((event) => event.type)).toEqual(['loans.loan.contracted', accountRequestTypes.credit(LOANS_SOURCE)]);
    expect(events[1]!.data).toEqual({
      reference: { source: 'loans', id: 'loan-1/disbursement-1' },
      customerId: 'customer-1',
      amount: released.toString(),
      withheldTax: iof.toString(),
      description: `Loan loan-1: ${request.principal.toString()} disbursed, IOF ${iof.toString()} withheld`,
    });
    expect(released.add(iof).equals(request.principal)).toBe(true);
    expect(state.disbursements).toEqual([{ attempt: 1, amount: released, on: LocalDate.of(2026, 1, 30), requestedAt: at }]);
  });

  it('a failed transfer is recorded with an event; the retry asks again under a new reference', () => {
    const failed = recordDisbursementFailure(contracted(), { reference: firstAttempt, reason: 'no Pix key', at });
    expect(failed.state.loan.status).toBe('DISBURSEMENT_FAILED');
    expect(failed.events).toEqual([
      {
        type: 'loans.loan.disbursement-failed',
        subject: 'loan-1',
        data: { loanId: 'loan-1', customerId: 'customer-1', attempt: 1, reason: 'no Pix key' },
        occurredAt: at,
      },
    ]);
    const retried = retryLoanDisbursement(failed.state, { at });
    expect(retried.state.loan.status).toBe('CONTRACTED');
    expect(retried.events.map((event) => [event.type, event.data.reference.id])).toEqual([['loans.accounts.credit-requested', 'loan-1/disbursement-2']]);
    expect(() => recordDisbursement(retried.state, { reference: firstAttempt, on: disbursedOn, at })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    const disbursed = recordDisbursement(retried.state, { reference: disbursementReference('loan-1', 2), on: disbursedOn, at });
    expect(disbursed.state.loan.status).toBe('ACTIVE');
    expect(disbursed.events.map((event) => event.type)).toEqual(['loans.loan.disbursed']);
  });

  it('refuses to retry a disbursement that did not fail', () => {
    expect(() => retryLoanDisbursement(contracted(), { at })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});

describe('charges', () => {
  const chargeAt = new Date('2026-02-10T12:00:00Z'); // 09:00 in Brasília: 15 hours left in the day
  const onTime = LocalDate.of(2026, 2, 10);

  it('asks Pix to charge the installment, discounted when paid before its due date, payable until the end of the day', () => {
    const loan = active();
    const { state, events, charge } = requestCharge(loan, { purpose: { kind: 'INSTALLMENT', number: 1 }, txid: 'TXID1', on: onTime, at: chargeAt });
    const [first] = installmentsOf(loan);
    // due 2026-02-28, paid 18 days early: the payoff quote's value of it that day
    const early = quotePayoff(loan.loan, onTime).lines[0]!.amount;
    expect(early.toDecimal().lessThan(first!.payment.toDecimal())).toBe(true);
    expect(charge).toEqual({
      txid: 'TXID1',
      purpose: { kind: 'INSTALLMENT', number: 1 },
      amount: early,
      on: onTime,
      requestedAt: chargeAt,
      createdAt: null,
      paidAt: null,
      supersededAt: null,
    });
    expect(state.charges).toEqual([charge]);
    expect(events).toEqual([
      {
        type: pixRequestTypes.charge(LOANS_SOURCE),
        subject: 'loan-1',
        data: {
          reference: { source: 'loans', id: 'loan-1/installment-1/TXID1' },
          txid: 'TXID1',
          payer: { customerId: 'customer-1', name: 'Maria Silva', document: '52998224725' },
          amount: early.toString(),
          description: 'Loan installment 1',
          expiresInSeconds: 15 * 3600,
        },
        occurredAt: chargeAt,
      },
    ]);
  });

  it('reuses an unpaid charge of the same day; the next day charges anew, late charges included', () => {
    const purpose = { kind: 'INSTALLMENT', number: 1 } as const;
    const first = requestCharge(active(), { purpose, txid: 'TXID1', on: onTime, at: chargeAt });
    const again = requestCharge(first.state, { purpose, txid: 'TXID2', on: onTime, at: chargeAt });
    expect(again).toEqual({ state: first.state, events: [], charge: first.charge });
    // due 2026-02-28; on 2026-03-10, 10 days late: payment × (1 + 2 % + 1 % × 10/30)
    const late = LocalDate.of(2026, 3, 10);
    const next = requestCharge(first.state, { purpose, txid: 'TXID3', on: late, at: chargeAt });
    const payment = installmentsOf(first.state)[0]!.payment;
    expect(next.charge.amount).toEqual(Money.fromDecimal(payment.toDecimal().times(102).plus(payment.toDecimal().times(10).dividedBy(30)).dividedBy(100)));
    expect(next.state.charges.map((charge) => charge.txid)).toEqual(['TXID1', 'TXID3']);
  });

  it('records the creation once, and only of its own charges', () => {
    const { state } = requestCharge(active(), { purpose: { kind: 'INSTALLMENT', number: 1 }, txid: 'TXID1', on: onTime, at: chargeAt });
    const created = recordChargeCreated(state, { txid: 'TXID1', at: chargeAt });
    expect(created?.charges[0]?.createdAt).toEqual(chargeAt);
    expect(recordChargeCreated(created!, { txid: 'TXID1', at: chargeAt })).toBeNull();
    expect(recordChargeCreated(state, { txid: 'OTHER', at: chargeAt })).toBeNull();
  });

  it('a paid charge pays its installment for the amount charged; paying the last settles the loan; a redelivery changes nothing', () => {
    let loan = active();
    for (const number of [1, 2, 3]) {
      const txid = `TXID${number}`;
      const requested = requestCharge(loan, { purpose: { kind: 'INSTALLMENT', number }, txid, on: onTime, at: chargeAt });
      const paid = recordChargePaid(requested.state, { txid, at: chargeAt })!;
      expect(paid.events[0]).toEqual(
        expect.objectContaining({
          type: 'loans.loan.installment-paid',
          data: expect.objectContaining({ number, amount: requested.charge.amount.toString(), paidOn: '2026-02-10' }),
        }),
      );
      expect(installmentCharge(paid.state, number)?.paidAt).toEqual(chargeAt);
      expect(recordChargePaid(paid.state, { txid, at: chargeAt })).toBeNull();
      loan = paid.state;
    }
    expect(loan.loan.status).toBe('SETTLED');
    expect(() => requestCharge(loan, { purpose: { kind: 'PAYOFF' }, txid: 'TXID9', on: onTime, at: chargeAt })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
  });

  it('a paid payoff settles the loan for its quote; the payoff charge then stands for the installments it paid', () => {
    const requested = requestCharge(active(), { purpose: { kind: 'INSTALLMENT', number: 1 }, txid: 'TXID1', on: onTime, at: chargeAt });
    const firstPaid = recordChargePaid(requested.state, { txid: 'TXID1', at: chargeAt })!.state;
    const payoff = requestCharge(firstPaid, { purpose: { kind: 'PAYOFF' }, txid: 'PAYOFF1', on: onTime, at: chargeAt });
    expect(payoff.charge.amount).toEqual(quotePayoff(firstPaid.loan, onTime).amount);
    expect(payoff.events[0]!.data).toEqual(
      expect.objectContaining({ reference: { source: 'loans', id: 'loan-1/payoff/PAYOFF1' }, description: 'Loan payoff' }),
    );
    const settled = recordChargePaid(payoff.state, { txid: 'PAYOFF1', at: chargeAt })!;
    expect(settled.state.loan).toEqual(expect.objectContaining({ status: 'SETTLED', settlement: { by: 'PAYOFF', on: onTime, amount: payoff.charge.amount } }));
    expect([1, 2, 3].map((number) => installmentCharge(settled.state, number)?.txid)).toEqual(['TXID1', 'PAYOFF1', 'PAYOFF1']);
  });

  it('refuses to charge an installment already paid, or one the loan does not have', () => {
    const requested = requestCharge(active(), { purpose: { kind: 'INSTALLMENT', number: 1 }, txid: 'TXID1', on: onTime, at: chargeAt });
    const paid = recordChargePaid(requested.state, { txid: 'TXID1', at: chargeAt })!.state;
    expect(() => requestCharge(paid, { purpose: { kind: 'INSTALLMENT', number: 1 }, txid: 'TXID2', on: onTime, at: chargeAt })).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(() => requestCharge(paid, { purpose: { kind: 'INSTALLMENT', number: 4 }, txid: 'TXID2', on: onTime, at: chargeAt })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => recordChargePaid(paid, { txid: 'UNKNOWN', at: chargeAt })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  describe('a payment that can no longer apply', () => {
    const paidAt = new Date('2026-02-11T12:00:00Z');
    /** Installment 1 and the payoff charged the same day, both open. */
    const bothOpen = () => {
      const installment = requestCharge(active(), { purpose: { kind: 'INSTALLMENT', number: 1 }, txid: 'TXID1', on: onTime, at: chargeAt });
      return requestCharge(installment.state, { purpose: { kind: 'PAYOFF' }, txid: 'PAYOFF1', on: onTime, at: chargeAt }).state;
    };
    const chargeOf = (aggregate: LoanAggregate, txid: string) => aggregate.charges.find((charge) => charge.txid === txid);

    it('settling the loan supersedes every charge still open on it', () => {
      const settled = recordChargePaid(bothOpen(), { txid: 'PAYOFF1', at: paidAt })!.state;
      expect(settled.loan.status).toBe('SETTLED');
      expect(chargeOf(settled, 'PAYOFF1')).toEqual(expect.objectContaining({ paidAt, supersededAt: null }));
      expect(chargeOf(settled, 'TXID1')).toEqual(expect.objectContaining({ paidAt: null, supersededAt: paidAt }));
    });

    it('an old installment charge paid after the payoff is returned to the borrower, once, and the loan stays SETTLED', () => {
      const settled = recordChargePaid(bothOpen(), { txid: 'PAYOFF1', at: paidAt })!.state;
      const late = chargeOf(settled, 'TXID1')!;
      const { state, events } = recordChargePaid(settled, { txid: 'TXID1', at: paidAt })!;
      const reason = 'Loan loan-1 was already settled on 2026-02-10 (paid off).';
      expect(whyNotApplicable(settled, late)).toBe(reason);
      expect(state.loan).toEqual(settled.loan);
      expect(state.charges).toEqual(settled.charges);
      expect(state.returnedPayments).toEqual([{ txid: 'TXID1', amount: late.amount, reason, at: paidAt }]);
      expect(events).toEqual([
        {
          type: accountRequestTypes.credit(LOANS_SOURCE),
          subject: 'loan-1',
          data: {
            reference: paymentReturnReference('loan-1', 'TXID1'),
            customerId: 'customer-1',
            amount: late.amount.toString(),
            withheldTax: null,
            description: 'Return of a loan payment that could not be applied (charge TXID1)',
          },
          occurredAt: paidAt,
        },
      ]);
      expect(paymentReturnReference('loan-1', 'TXID1')).toEqual({ source: 'loans', id: 'loan-1/return/TXID1' });
      expect(recordChargePaid(state, { txid: 'TXID1', at: paidAt })).toBeNull();
    });

    it('paying an installment supersedes its other charges and the payoffs quoted with it unpaid, whose payment is then returned', () => {
      const second = requestCharge(bothOpen(), { purpose: { kind: 'INSTALLMENT', number: 1 }, txid: 'TXID1B', on: onTime.addDays(1), at: paidAt }).state;
      const paid = recordChargePaid(second, { txid: 'TXID1', at: paidAt })!.state;
      expect(paid.loan.status).toBe('ACTIVE');
      expect([chargeOf(paid, 'TXID1B')?.supersededAt, chargeOf(paid, 'PAYOFF1')?.supersededAt]).toEqual([paidAt, paidAt]);

      const payoffReturned = recordChargePaid(paid, { txid: 'PAYOFF1', at: paidAt })!;
      expect(payoffReturned.state.loan.status).toBe('ACTIVE');
      expect(payoffReturned.state.returnedPayments.map(({ txid, reason }) => [txid, reason])).toEqual([
        ['PAYOFF1', 'An installment of loan loan-1 was paid after this payoff was quoted: the quote no longer applies.'],
      ]);
      const installmentReturned = recordChargePaid(payoffReturned.state, { txid: 'TXID1B', at: paidAt })!;
      expect(installmentReturned.state.returnedPayments.map(({ reason }) => reason)).toEqual([
        'An installment of loan loan-1 was paid after this payoff was quoted: the quote no longer applies.',
        'Installment 1 of loan loan-1 was already paid on 2026-02-10.',
      ]);
      expect(installmentReturned.events.map(({ data }) => data)).toEqual([
        expect.objectContaining({ reference: { source: 'loans', id: 'loan-1/return/TXID1B' }, amount: chargeOf(paid, 'TXID1B')!.amount.toString() }),
      ]);
    });

    it('a charge that can still apply is applied, not returned', () => {
      const open = bothOpen();
      expect(whyNotApplicable(open, chargeOf(open, 'TXID1')!)).toBeNull();
      expect(whyNotApplicable(open, chargeOf(open, 'PAYOFF1')!)).toBeNull();
    });
  });
});

describe('loanIdOf', () => {
  it.each([
    [{ source: 'loans', id: 'loan-1/installment-2/TXID' }, 'loan-1'],
    [{ source: 'loans', id: 'loan-1/disbursement-1' }, 'loan-1'],
    [{ source: 'insurance', id: 'loan-1/installment-2/TXID' }, null],
    [{ source: 'loans', id: '' }, null],
    [null, null],
  ])('%p → %p', (reference, loanId) => {
    expect(loanIdOf(reference)).toBe(loanId);
  });
});
