import { Money } from '@bank/kernel';
import { activatePolicy, cancelPolicy, issuePolicy, policyStatusAt, quoteAutoInsurance, type ActivePolicy, type Policy } from '../../src/domain';
import { activePolicy, NOW, PAID_AT, pendingPolicy, validInput } from './fixtures';

const conflict = expect.objectContaining({ code: 'CONFLICT' });
const refundOn = (policy: ActivePolicy, at: string) => {
  const { state } = cancelPolicy(policy, { at: new Date(at), reason: 'sold the car' });
  return state.status === 'CANCELLED' ? state.refund.toString() : state.status;
};

describe('issuing a policy', () => {
  const quote = quoteAutoInsurance(validInput(), { id: 'q-1', now: NOW });

  it('turns a valid quote into a PENDING_PAYMENT policy and records insurance.policy.issued', () => {
    const { state, events } = issuePolicy(quote, { id: 'p-1', now: NOW, installments: 1 });

    expect(state).toMatchObject({ status: 'PENDING_PAYMENT', id: 'p-1', quoteId: 'q-1', issuedAt: NOW });
    expect(state.totalPremium.toString()).toBe('2247.51');
    expect(state.coverages).toBe(quote.coverages);
    expect(events).toEqual([
      {
        type: 'insurance.policy.issued',
        subject: 'p-1',
        occurredAt: NOW,
        data: { policyId: 'p-1', quoteId: 'q-1', totalPremium: '2247.51', installments: 1, firstInstallment: '2247.51' },
      },
    ]);
  });

  it('keeps the chosen installment option: 2247.51 in 12 is 187.32 and then 11 × 187.29', () => {
    const { state, events } = issuePolicy(quote, { id: 'p-1', now: NOW, installments: 12 });

    expect([state.installments.count, state.installments.firstAmount.toString(), state.installments.amount.toString()]).toEqual([12, '187.32', '187.29']);
    expect(events[0]?.data).toMatchObject({ installments: 12, firstInstallment: '187.32' });
  });

  it.each([0, 13, 1.5, -1])('refuses %s installments with BAD_USER_INPUT', (installments) => {
    expect(() => issuePolicy(quote, { id: 'p-1', now: NOW, installments })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'installments' }));
  });

  it('refuses an expired quote with CONFLICT', () => {
    expect(() => issuePolicy(quote, { id: 'p-1', now: quote.validUntil, installments: 1 })).toThrow(conflict);
  });
});

describe('activating a policy', () => {
  it('starts a one-year term when the total premium is paid', () => {
    const pending = pendingPolicy();
    const { state, events } = activatePolicy(pending, { amountPaid: Money.parse('2247.51'), paidAt: PAID_AT });

    expect(state.status).toBe('ACTIVE');
    expect(state.term).toEqual({ startsAt: PAID_AT, endsAt: new Date('2026-06-16T15:00:00Z') });
    expect(state.premiumPaid.toString()).toBe('2247.51');
    expect(events).toEqual([
      {
        type: 'insurance.policy.activated',
        subject: 'p-1',
        occurredAt: PAID_AT,
        data: { policyId: 'p-1', amountPaid: '2247.51', startsAt: '2025-06-16T15:00:00.000Z', endsAt: '2026-06-16T15:00:00.000Z' },
      },
    ]);
  });

  it('starts the one-year term when the first of 12 installments is paid', () => {
    const { state, events } = activatePolicy(pendingPolicy(validInput(), 12), { amountPaid: Money.parse('187.32'), paidAt: PAID_AT });

    expect(state.term).toEqual({ startsAt: PAID_AT, endsAt: new Date('2026-06-16T15:00:00Z') });
    expect(state.premiumPaid.toString()).toBe('187.32');
    expect(events[0]?.data).toMatchObject({ amountPaid: '187.32' });
  });

  it.each(['2247.50', '2247.52'])('refuses a payment of %s with UNPROCESSABLE', (amount) => {
    expect(() => activatePolicy(pendingPolicy(), { amountPaid: Money.parse(amount), paidAt: PAID_AT })).toThrow(
      expect.objectContaining({ code: 'UNPROCESSABLE' }),
    );
  });

  it.each(['187.29', '2247.51'])('refuses a payment of %s for a policy in 12 installments (the first is 187.32) with UNPROCESSABLE', (amount) => {
    expect(() => activatePolicy(pendingPolicy(validInput(), 12), { amountPaid: Money.parse(amount), paidAt: PAID_AT })).toThrow(
      expect.objectContaining({ code: 'UNPROCESSABLE' }),
    );
  });

  it('refuses to activate a policy twice, or a cancelled one, with CONFLICT', () => {
    const active = activePolicy();
    const unpaid = cancelPolicy(pendingPolicy(), { at: PAID_AT, reason: 'changed my mind' }).state;

    expect(() => activatePolicy(active, { amountPaid: active.totalPremium, paidAt: PAID_AT })).toThrow(conflict);
    expect(() => activatePolicy(unpaid, { amountPaid: unpaid.totalPremium, paidAt: PAID_AT })).toThrow(conflict);
  });
});

describe('cancelling a policy', () => {
  it('cancels an unpaid policy as CANCELLED_UNPAID with nothing to refund', () => {
    const { state, events } = cancelPolicy(pendingPolicy(), { at: PAID_AT, reason: ' premium charge expired ' });

    expect(state).toMatchObject({ status: 'CANCELLED_UNPAID', cancelledAt: PAID_AT, reason: 'premium charge expired' });
    expect(events).toEqual([
      { type: 'insurance.policy.cancelled', subject: 'p-1', occurredAt: PAID_AT, data: { policyId: 'p-1', status: 'CANCELLED_UNPAID', refund: '0.00' } },
    ]);
  });

  it('refunds the unused net premium pro rata temporis, checked by hand', () => {
    // term 2025-06-16 → 2026-06-16: 365 days; cancelled on 2025-12-01 (Brasília): 197 days remain
    // 2093.04 × 197 / 365 = 1129.668164… → 1129.67
    const { state, events } = cancelPolicy(activePolicy(), { at: new Date('2025-12-01T13:00:00Z'), reason: 'sold the car' });

    expect(state).toMatchObject({ status: 'CANCELLED', reason: 'sold the car' });
    expect(events[0]?.data).toEqual({ policyId: 'p-1', status: 'CANCELLED', refund: '1129.67' });
  });

  it.each([
    ['on the day of activation: all of the net premium', '2025-06-16T20:00:00Z', '2093.04'],
    ['on the eve of the last day: one day, 2093.04 / 365 = 5.7343…', '2026-06-15T15:00:00Z', '5.73'],
    ['on the last day, before the term ends: nothing', '2026-06-16T14:00:00Z', '0.00'],
  ])('refunds %s', (_, at, refund) => {
    expect(refundOn(activePolicy(), at)).toBe(refund);
  });

  it.each([
    // net 2093.04, total 2247.51, paid 187.32: net not paid yet 2093.04 × 2060.19 / 2247.51 = 1918.5943…
    ['on the day of activation: the net part of the installment, 2093.04 × 187.32 / 2247.51 = 174.4456…', '2025-06-16T20:00:00Z', '174.45'],
    ['30 days in: 2093.04 × 335 / 365 − 1918.5943… = 2.4149…', '2025-07-16T15:00:00Z', '2.41'],
    ['once the days run exceed what was paid: nothing', '2025-12-01T13:00:00Z', '0.00'],
  ])('refunds a policy paid by its first of 12 installments %s', (_, at, refund) => {
    expect(refundOn(activePolicy(validInput(), 12), at)).toBe(refund);
  });

  it('refuses a blank reason with BAD_USER_INPUT', () => {
    expect(() => cancelPolicy(activePolicy(), { at: PAID_AT, reason: ' ' })).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'reason' }));
  });

  it('counts a term that holds 29 February as 366 days', () => {
    // term 2027-06-01 → 2028-06-01: 366 days; from 2028-02-29 93 days remain: 366.00 × 93 / 366
    const active = activePolicy();
    const leapTerm: ActivePolicy = {
      ...active,
      netPremium: Money.parse('366.00'),
      term: { startsAt: new Date('2027-06-01T15:00:00Z'), endsAt: new Date('2028-06-01T15:00:00Z') },
    };

    expect(refundOn(leapTerm, '2028-02-29T15:00:00Z')).toBe('93.00');
  });

  it('refuses with CONFLICT once the term has ended, or when already cancelled', () => {
    const active = activePolicy();
    const reason = 'sold the car';
    const cancelled = cancelPolicy(active, { at: PAID_AT, reason }).state;

    expect(() => cancelPolicy(active, { at: active.term.endsAt, reason })).toThrow(conflict);
    expect(() => cancelPolicy(cancelled, { at: PAID_AT, reason })).toThrow(conflict);
    expect(() => cancelPolicy(cancelPolicy(pendingPolicy(), { at: PAID_AT, reason }).state, { at: PAID_AT, reason })).toThrow(conflict);
  });
});

describe('policyStatusAt', () => {
  it('reads an active policy as EXPIRED from the end of its term, and leaves other statuses alone', () => {
    const active = { status: 'ACTIVE', term: { startsAt: new Date('2026-01-10T12:00:00Z'), endsAt: new Date('2027-01-10T12:00:00Z') } } as Policy;
    expect(policyStatusAt(active, new Date('2027-01-10T11:59:59Z'))).toBe('ACTIVE');
    expect(policyStatusAt(active, new Date('2027-01-10T12:00:00Z'))).toBe('EXPIRED');
    expect(policyStatusAt({ ...active, status: 'CANCELLED' } as Policy, new Date('2028-01-01T00:00:00Z'))).toBe('CANCELLED');
  });
});
