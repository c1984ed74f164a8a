import {
  acceptOffer,
  analyseApplication,
  autoDebitNumberOf,
  autoDebitReference,
  disbursementReference,
  LocalDate,
  openLoan,
  parseLoanRequest,
  recordAutoDebitFailed,
  recordAutoDebitPosted,
  recordChargePaid,
  recordDisbursement,
  requestAutoDebit,
  requestCharge,
  setAutoDebit,
  type LoanAggregate,
} from '../../src/domain';

const at = new Date('2026-01-30T12:00:00Z');
const request = parseLoanRequest({ principal: '1000.00', termMonths: 3, system: 'PRICE', monthlyIncome: '3433.20', purpose: 'home repairs' });
const opened = openLoan({ id: 'loan-1', customerId: 'customer-1', borrower: { name: 'Maria Silva', document: '52998224725' }, request, at }).state;
const active = recordDisbursement(acceptOffer(analyseApplication(opened, at).state, { at }).state, {
  reference: disbursementReference('loan-1', 1),
  on: LocalDate.of(2026, 1, 31),
  at,
}).state;
const withAutoDebit = setAutoDebit(active, { enabled: true, at }).state;
const dueDate = LocalDate.of(2026, 2, 28);
const dueAt = new Date('2026-02-28T12:00:00Z');
const installments = (aggregate: LoanAggregate) => (aggregate.loan.status === 'ACTIVE' ? aggregate.loan.installments : []);

describe('automatic debit', () => {
  it('asks for nothing while off, before the due date, or twice for one installment', () => {
    expect(requestAutoDebit(active, { today: dueDate, at: dueAt })).toBeNull();
    expect(requestAutoDebit(withAutoDebit, { today: LocalDate.of(2026, 2, 27), at: dueAt })).toBeNull();
    const requested = requestAutoDebit(withAutoDebit, { today: dueDate, at: dueAt })!;
    expect(requested.events.map(({ type, data }) => [type, data.reference.id])).toEqual([
      ['loans.accounts.debit-requested', 'loan-1/auto-debit/installment-1'],
    ]);
    expect(requested.events[0]!.data.amount).toBe(installments(active)[0]!.payment.toString());
    expect(requestAutoDebit(requested.state, { today: dueDate, at: dueAt })).toBeNull();
  });

  it('pays the installment once the debit posted and supersedes its open Pix charge (Pix is asked to remove it), whose later payment is returned', () => {
    const charged = requestCharge(withAutoDebit, { purpose: { kind: 'INSTALLMENT', number: 1 }, txid: 'TXID1', on: dueDate, at: dueAt }).state;
    const requested = requestAutoDebit(charged, { today: dueDate, at: dueAt })!.state;
    const posted = recordAutoDebitPosted(requested, { number: 1, at: dueAt })!;
    expect(posted.events.map(({ type }) => type)).toEqual(['loans.loan.installment-paid', 'loans.pix.charge-removal-requested']);
    expect(posted.events[1]!.data).toMatchObject({ txid: 'TXID1' });
    expect(installments(posted.state)[0]!.paid).toEqual({ on: dueDate, amount: installments(active)[0]!.payment });
    expect(posted.state.charges[0]!.supersededAt).toEqual(dueAt);
    expect(recordAutoDebitPosted(posted.state, { number: 1, at: dueAt })).toBeNull();
    const paidByPixToo = recordChargePaid(posted.state, { txid: 'TXID1', at: dueAt })!;
    expect(paidByPixToo.events.map(({ type }) => type)).toEqual(['loans.accounts.credit-requested']);
  });

  it('credits back a debit that posted after the installment was paid by Pix', () => {
    const charged = requestCharge(withAutoDebit, { purpose: { kind: 'INSTALLMENT', number: 1 }, txid: 'TXID1', on: dueDate, at: dueAt }).state;
    const requested = requestAutoDebit(charged, { today: dueDate, at: dueAt })!.state;
    const paidByPix = recordChargePaid(requested, { txid: 'TXID1', at: dueAt })!.state;
    const posted = recordAutoDebitPosted(paidByPix, { number: 1, at: dueAt })!;
    expect(posted.events.map(({ type, data }) => [type, (data as { reference: { id: string } }).reference.id])).toEqual([
      ['loans.accounts.credit-requested', 'loan-1/return/auto-debit-1'],
    ]);
    expect(posted.state.autoDebit.attempts[0]!.status).toBe('RETURNED');
  });

  it('leaves the installment open when the debit is refused, and tells the borrower', () => {
    const requested = requestAutoDebit(withAutoDebit, { today: dueDate, at: dueAt })!.state;
    const failed = recordAutoDebitFailed(requested, { number: 1, reason: 'INSUFFICIENT_FUNDS', at: dueAt })!;
    expect(failed.events).toEqual([
      {
        type: 'loans.loan.auto-debit-failed',
        subject: 'loan-1',
        occurredAt: dueAt,
        data: { loanId: 'loan-1', customerId: 'customer-1', number: 1, amount: installments(active)[0]!.payment.toString(), reason: 'INSUFFICIENT_FUNDS' },
      },
    ]);
    expect(installments(failed.state)[0]!.paid).toBeNull();
    expect(requestAutoDebit(failed.state, { today: dueDate, at: dueAt })).toBeNull();
  });

  it('reads its references back', () => {
    expect(autoDebitNumberOf(autoDebitReference('loan-1', 3))).toBe(3);
    expect(autoDebitNumberOf(disbursementReference('loan-1', 1))).toBeNull();
    expect(autoDebitNumberOf({ source: 'insurance', id: 'loan-1/auto-debit/installment-3' })).toBeNull();
  });
});
