import { BusinessDate } from '@bank/kernel';
import type { StoredLoan } from '../../src/application/ports';
import {
  acceptOffer,
  analyseApplication,
  disbursementReference,
  openLoan,
  parseLoanRequest,
  recordChargeCreated,
  recordChargePaid,
  recordDisbursement,
  recordDisbursementFailure,
  requestCharge,
  type LoanAggregate,
} from '../../src/domain';
import { fromDocument, loanCodec, toDocument } from '../../src/infrastructure/mongo/loan-document';

const at = new Date('2026-01-30T12:00:00Z');
const on = BusinessDate.of(2026, 1, 30);
const opened = (monthlyIncome = '9000.00') =>
  openLoan({
    id: 'loan-1',
    customerId: 'customer-1',
    borrower: { name: 'Maria Silva', document: '52998224725' },
    request: parseLoanRequest({ principal: '1000.00', termMonths: 2, system: 'SAC', monthlyIncome, purpose: 'car' }),
    at,
  }).state;
const contracted = () => acceptOffer(analyseApplication(opened(), at).state, { at }).state;
const active = () => recordDisbursement(contracted(), { reference: disbursementReference('loan-1', 1), on, at }).state;
const charged = () => {
  const { state } = requestCharge(active(), { purpose: { kind: 'INSTALLMENT', number: 1 }, txid: 'TXID1', on, at });
  return recordChargeCreated(state, { txid: 'TXID1', at })!;
};
const paidOnce = () => recordChargePaid(charged(), { txid: 'TXID1', at })!.state;
const settledByPayoff = () => {
  const { state } = requestCharge(paidOnce(), { purpose: { kind: 'PAYOFF' }, txid: 'PAYOFF', on, at });
  return recordChargePaid(state, { txid: 'PAYOFF', at })!.state;
};

/** Installment 2's charge, still open at the payoff (superseded), then paid anyway (returned). */
const settledWithReturn = () => {
  const { state } = requestCharge(paidOnce(), { purpose: { kind: 'INSTALLMENT', number: 2 }, txid: 'TXID2', on, at });
  const payoff = requestCharge(state, { purpose: { kind: 'PAYOFF' }, txid: 'PAYOFF', on, at }).state;
  return recordChargePaid(recordChargePaid(payoff, { txid: 'PAYOFF', at })!.state, { txid: 'TXID2', at })!.state;
};

const stored = (aggregate: LoanAggregate): StoredLoan => ({ ...aggregate, version: 3 });

describe('the loan document', () => {
  it.each([
    ['UNDER_ANALYSIS', opened],
    ['REJECTED', () => analyseApplication(opened('100.00'), at).state],
    ['APPROVED', () => analyseApplication(opened(), at).state],
    ['CONTRACTED', contracted],
    ['DISBURSEMENT_FAILED', () => recordDisbursementFailure(contracted(), { reference: disbursementReference('loan-1', 1), reason: 'no key', at }).state],
    ['ACTIVE with a charge created', charged],
    ['ACTIVE with an installment paid', paidOnce],
    ['SETTLED by payoff', settledByPayoff],
    ['SETTLED with a superseded charge paid and returned', settledWithReturn],
  ])('keeps a %s loan whole, through MongoDB’s types and through the cache’s JSON', (_, aggregate) => {
    const loan = stored(aggregate());
    expect(fromDocument({ ...toDocument(loan), version: 3 })).toEqual(loan);
    expect(loanCodec.decode(loanCodec.encode(loan))).toEqual(loan);
  });

  it('names the earliest unpaid due date of an ACTIVE loan only', () => {
    expect(toDocument(active()).nextDueDate).toBe('2026-02-28');
    expect(toDocument(paidOnce()).nextDueDate).toBe('2026-03-30');
    expect(toDocument(settledByPayoff())).not.toHaveProperty('nextDueDate');
    expect(toDocument(contracted())).not.toHaveProperty('nextDueDate');
  });

  it('reads a document written before charges could be superseded or payments returned', () => {
    const { returnedPayments: _returned, charges, ...older } = toDocument(paidOnce()) as Record<string, unknown> & { charges: Record<string, unknown>[] };
    const olderCharges = charges.map(({ supersededAt: _superseded, ...charge }) => charge);
    expect(fromDocument({ ...older, charges: olderCharges, version: 3 })).toEqual(stored(paidOnce()));
  });

  it('refuses a document that lacks what its status needs', () => {
    const { offer: _offer, ...withoutOffer } = toDocument(contracted()) as Record<string, unknown>;
    expect(() => fromDocument({ ...withoutOffer, version: 0 })).toThrow();
  });
});
