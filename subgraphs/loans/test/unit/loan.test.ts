import { Decimal, Money } from '@bank/kernel';
import {
  analyseLoan,
  contractLoan,
  disburseLoan,
  failDisbursement,
  LocalDate,
  parseLoanRequest,
  payInstallment,
  quotePayoff,
  requestLoan,
  retryDisbursement,
  settleLoan,
  simulateLoan,
  type Loan,
  type LoanRequestInput,
} from '../../src/domain';

const at = new Date('2026-01-30T12:00:00Z');
const input: LoanRequestInput = { principal: '1000.00', termMonths: 3, system: 'PRICE', monthlyIncome: '3433.20', purpose: 'home repairs' };
const requested = (overrides: Partial<LoanRequestInput> = {}) =>
  requestLoan({ id: 'loan-1', customerId: 'customer-1', request: parseLoanRequest({ ...input, ...overrides }), at });
const approved = () => analyseLoan(requested().state, at).state;
const contracted = () => contractLoan(approved(), at).state;
const disbursedOn = LocalDate.of(2026, 1, 31);
const active = () => disburseLoan(contracted(), { on: disbursedOn, at }).state;

/** Events carry plain JSON: serializing them loses nothing. */
const expectPlainJson = (data: unknown) => expect(JSON.parse(JSON.stringify(data))).toEqual(data);

describe('parseLoanRequest', () => {
  it.each([
    ['principal', '99.99'],
    ['termMonths', 421],
    ['system', 'FLAT'],
    ['monthlyIncome', undefined],
    ['monthlyIncome', '0.00'],
    ['monthlyIncome', 5000],
    ['purpose', '   '],
    ['purpose', 'x'.repeat(201)],
    ['purpose', 42],
  ])('refuses %s = %p with BAD_USER_INPUT naming it', (field, value) => {
    expect(() => parseLoanRequest({ ...input, [field]: value })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });

  it('trims the purpose', () => {
    expect(parseLoanRequest({ ...input, purpose: '  car  ' }).purpose).toBe('car');
  });
});

describe('loan lifecycle', () => {
  it('request → UNDER_ANALYSIS with loans.loan.requested', () => {
    const { state, events } = requested();
    expect(state.status).toBe('UNDER_ANALYSIS');
    expect(events).toEqual([
      {
        type: 'loans.loan.requested',
        subject: 'loan-1',
        occurredAt: at,
        data: {
          loanId: 'loan-1',
          customerId: 'customer-1',
          principal: '1000.00',
          termMonths: 3,
          system: 'PRICE',
          monthlyIncome: '3433.20',
          purpose: 'home repairs',
        },
      },
    ]);
    expectPlainJson(events[0]!.data);
  });

  // PMT at 1.49 % = 1000 × 0.0149 × 1.0149³ / (1.0149³ − 1) = 343.3156… → 343.32, exactly 10 % of 3433.20
  it('analysis approves at the tier rate (343.32 is 10 % of 3433.20 → 1.49 %)', () => {
    const { state, events } = analyseLoan(requested().state, at);
    expect(state.status).toBe('APPROVED');
    expect(state.status === 'APPROVED' && state.offer.monthlyRate.toFixed()).toBe('1.49');
    expect(events.map((event) => [event.type, event.data])).toEqual([
      ['loans.loan.approved', { loanId: 'loan-1', customerId: 'customer-1', monthlyRate: '1.49', installment: '343.32', incomeSharePercent: '10.00' }],
    ]);
  });

  // at 2.49 % the PMT is 350.0694… → 350.07, 35 % of 1000.00
  it('analysis rejects with a reason when the income cannot carry the installment', () => {
    const { state, events } = analyseLoan(requested({ monthlyIncome: '1000.00' }).state, at);
    expect(state.status).toBe('REJECTED');
    expect(events[0]!.type).toBe('loans.loan.rejected');
    expect(events[0]!.data).toEqual({
      loanId: 'loan-1',
      customerId: 'customer-1',
      reason: 'The installment of 350.07 at 2.49 % a month exceeds 30 % of the monthly income of 1000.00.',
    });
  });

  it('contract → CONTRACTED with loans.loan.contracted', () => {
    const { state, events } = contractLoan(approved(), at);
    expect(state.status).toBe('CONTRACTED');
    expect(events[0]!.data).toEqual({ loanId: 'loan-1', customerId: 'customer-1', principal: '1000.00', termMonths: 3, system: 'PRICE', monthlyRate: '1.49' });
  });

  it('disbursement fixes the table, IOF and CET from the disbursement date', () => {
    const { state, events } = disburseLoan(contracted(), { on: disbursedOn, at });
    const expected = simulateLoan({
      principal: Money.parse('1000.00'),
      termMonths: 3,
      monthlyRate: new Decimal('1.49'),
      system: 'PRICE',
      startDate: disbursedOn,
    });
    expect(state.status).toBe('ACTIVE');
    expect(state.installments.map((row) => row.dueDate.toString())).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    expect(state.installments).toEqual(expected.installments.map((row) => ({ ...row, paid: null })));
    expect(state.disbursement).toEqual({ on: disbursedOn, at, iof: expected.iof, releasedAmount: expected.releasedAmount, cet: expected.cet });
    expect(events[0]!.type).toBe('loans.loan.disbursed');
    expect(events[0]!.data).toEqual({
      loanId: 'loan-1',
      customerId: 'customer-1',
      disbursedOn: '2026-01-31',
      principal: '1000.00',
      iof: expected.iof.toString(),
      releasedAmount: expected.releasedAmount.toString(),
      installments: 3,
      firstDueDate: '2026-02-28',
      lastDueDate: '2026-04-30',
      cet: { monthly: expected.cet.monthly.toFixed(4), annual: expected.cet.annual.toFixed(4) },
    });
    expectPlainJson(events[0]!.data);
  });

  it('a failed disbursement goes back to CONTRACTED to be retried', () => {
    const failed = failDisbursement(contracted(), { reason: 'destination account closed', at });
    expect(failed.state).toEqual(expect.objectContaining({ status: 'DISBURSEMENT_FAILED', failure: { reason: 'destination account closed', at } }));
    expect(failed.events).toEqual([]);
    const retried = retryDisbursement(failed.state).state;
    expect(retried).toEqual(contracted());
    expect(disburseLoan(retried, { on: disbursedOn, at }).state.status).toBe('ACTIVE');
  });

  it('paying an installment before its due date costs it discounted at the contract rate (CDC art. 52 §2), as the payoff quote values it', () => {
    const loan = active();
    if (loan.status !== 'ACTIVE') throw new Error('not active');
    const third = loan.installments[2]!;
    const on = disbursedOn.addDays(10);
    const days = on.daysUntil(third.dueDate);
    // payment / (1 + i)^(days / 30), rounded to cents half to even (NBR 5891)
    const discounted = third.payment
      .toDecimal()
      .dividedBy(loan.offer.monthlyRate.dividedBy(100).plus(1).pow(new Decimal(days).dividedBy(30)))
      .toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
    const { state, events } = payInstallment(loan, { number: 3, on, at });
    expect(discounted.lessThan(third.payment.toDecimal())).toBe(true);
    expect(events[0]!.data).toEqual(
      expect.objectContaining({
        number: 3,
        paidOn: on.toString(),
        amount: discounted.toFixed(2),
        earlyPaymentDiscount: third.payment.toDecimal().minus(discounted).toFixed(2),
        lateCharges: '0.00',
      }),
    );
    const paid = state.status === 'ACTIVE' ? state.installments[2]!.paid : null;
    expect(paid).toEqual({ on, amount: Money.parse(discounted.toFixed(2)) });
    expect(
      quotePayoff(loan, on)
        .lines.find((line) => line.number === 3)!
        .amount.toString(),
    ).toBe(discounted.toFixed(2));
  });

  it('paying every installment settles the loan; a late one pays its late charges', () => {
    let loan: Loan = active();
    const [first, second, third] = (loan.status === 'ACTIVE' && loan.installments) || [];
    const onTime = payInstallment(loan, { number: 1, on: first!.dueDate, at });
    expect(onTime.state.status).toBe('ACTIVE');
    expect(onTime.events.map((event) => event.data)).toEqual([
      expect.objectContaining({ number: 1, dueDate: '2026-02-28', paidOn: '2026-02-28', amount: first!.payment.toString(), lateCharges: '0.00' }),
    ]);
    loan = onTime.state;
    // second paid 15 days late: payment × (1 + 2 % + 1 % × 15/30) = payment × 1.025
    const late = payInstallment(loan, { number: 2, on: second!.dueDate.addDays(15), at });
    const owed = Money.fromDecimal(second!.payment.toDecimal().times('1.025'));
    expect(late.events[0]!.data).toEqual(
      expect.objectContaining({ number: 2, amount: owed.toString(), lateCharges: owed.subtract(second!.payment).toString() }),
    );
    loan = late.state;
    const last = payInstallment(loan, { number: 3, on: third!.dueDate, at });
    expect(last.state).toEqual(expect.objectContaining({ status: 'SETTLED', settlement: { by: 'LAST_INSTALLMENT', on: third!.dueDate } }));
    expect(last.events.map((event) => event.type)).toEqual(['loans.loan.installment-paid', 'loans.loan.settled']);
    expect(last.events[1]!.data).toEqual({ loanId: 'loan-1', customerId: 'customer-1', settledOn: '2026-04-30', by: 'LAST_INSTALLMENT', payoffAmount: null });
  });

  it('early payoff settles for the quote, below the installments left', () => {
    const loan = active();
    const on = LocalDate.of(2026, 3, 10);
    const quote = quotePayoff(loan, on);
    expect(quote.amount.lessThan(quote.scheduled)).toBe(true);
    const { state, events } = settleLoan(loan, { on, at });
    expect(state.settlement).toEqual({ by: 'PAYOFF', on, amount: quote.amount });
    expect(state.installments.every((row) => row.paid?.on.equals(on))).toBe(true);
    expect(Money.sum(state.installments.map((row) => row.paid!.amount))).toEqual(quote.amount);
    expect(events).toEqual([
      expect.objectContaining({ type: 'loans.loan.settled', data: expect.objectContaining({ by: 'PAYOFF', payoffAmount: quote.amount.toString() }) }),
    ]);
  });

  it('names an installment the loan does not have NOT_FOUND', () => {
    expect(() => payInstallment(active(), { number: 4, on: disbursedOn, at })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});

describe('illegal transitions are refused with CONFLICT', () => {
  const paidOnce = () => payInstallment(active(), { number: 1, on: disbursedOn, at }).state;
  const settled = () => settleLoan(active(), { on: disbursedOn, at }).state;
  const rejected = () => analyseLoan(requested({ monthlyIncome: '100.00' }).state, at).state;

  it.each([
    ['analyse an approved loan', () => analyseLoan(approved(), at)],
    ['contract a loan under analysis', () => contractLoan(requested().state, at)],
    ['contract a rejected loan', () => contractLoan(rejected(), at)],
    ['contract twice', () => contractLoan(contracted(), at)],
    ['disburse an approved loan', () => disburseLoan(approved(), { on: disbursedOn, at })],
    ['disburse twice', () => disburseLoan(active(), { on: disbursedOn, at })],
    ['record a failed disbursement on an active loan', () => failDisbursement(active(), { reason: 'x', at })],
    ['retry a disbursement that did not fail', () => retryDisbursement(contracted())],
    ['pay before disbursement', () => payInstallment(contracted(), { number: 1, on: disbursedOn, at })],
    ['pay an installment twice', () => payInstallment(paidOnce(), { number: 1, on: disbursedOn, at })],
    ['pay on a settled loan', () => payInstallment(settled(), { number: 2, on: disbursedOn, at })],
    ['settle twice', () => settleLoan(settled(), { on: disbursedOn, at })],
    ['quote a payoff on a settled loan', () => quotePayoff(settled(), disbursedOn)],
  ])('%s', (_, transition) => {
    expect(transition).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});
