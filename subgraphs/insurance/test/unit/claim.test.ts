import { approveClaim, cancelPolicy, denialNote, denyClaim, fileClaim, markClaimPaid, type Claim, type FileClaimInput } from '../../src/domain';
import { activePolicy, PAID_AT, pendingPolicy, withInput } from './fixtures';

// The fixture policy: COLLISION (deductible 4000.00), THIRD_PARTY_PROPERTY, ROADSIDE_ASSISTANCE; term 2025-06-16T15:00Z → 2026-06-16T15:00Z.
const FILED_AT = new Date('2025-09-02T15:00:00Z');
const collision: FileClaimInput = {
  id: 'c-1',
  type: 'COLLISION',
  occurredAt: new Date('2025-09-01T22:30:00Z'),
  description: 'Rear-ended at a red light on Rua XV de Novembro',
  estimatedAmount: '12000.00',
};
const openClaim = (input: FileClaimInput = collision): Claim => fileClaim(activePolicy(), input, FILED_AT).state;
const DECIDED_AT = new Date('2025-09-10T15:00:00Z');

describe('filing a claim', () => {
  it('opens a claim on the covering coverage, with its deductible, and records insurance.claim.filed', () => {
    const { state, events } = fileClaim(activePolicy(), collision, FILED_AT);

    expect(state).toMatchObject({
      status: 'OPEN',
      id: 'c-1',
      policyId: 'p-1',
      type: 'COLLISION',
      coverage: 'COLLISION',
      description: 'Rear-ended at a red light on Rua XV de Novembro',
      filedAt: FILED_AT,
    });
    expect([state.deductible.toString(), state.estimatedAmount.toString()]).toEqual(['4000.00', '12000.00']);
    expect(events).toEqual([
      {
        type: 'insurance.claim.filed',
        subject: 'c-1',
        occurredAt: FILED_AT,
        data: {
          claimId: 'c-1',
          policyId: 'p-1',
          type: 'COLLISION',
          coverage: 'COLLISION',
          occurredAt: '2025-09-01T22:30:00.000Z',
          estimatedAmount: '12000.00',
        },
      },
    ]);
  });

  it('pays a THIRD_PARTY claim from the first third-party coverage the policy holds, without a deductible', () => {
    const policy = activePolicy(withInput({ coverages: ['THIRD_PARTY_BODILY', 'THIRD_PARTY_PROPERTY'] }));
    const { state } = fileClaim(policy, { ...collision, type: 'THIRD_PARTY' }, FILED_AT);

    expect([state.coverage, state.deductible.toString()]).toEqual(['THIRD_PARTY_PROPERTY', '0.00']);
    expect(fileClaim(activePolicy(withInput({ coverages: ['THIRD_PARTY_BODILY'] })), { ...collision, type: 'THIRD_PARTY' }, FILED_AT).state.coverage).toBe(
      'THIRD_PARTY_BODILY',
    );
  });

  it.each<[string, Partial<FileClaimInput>, string]>([
    ['an unknown type', { type: 'FLOOD' }, 'type'],
    ['a zero estimate', { estimatedAmount: '0.00' }, 'estimatedAmount'],
    ['a negative estimate', { estimatedAmount: '-10.00' }, 'estimatedAmount'],
    ['a loss after filing', { occurredAt: new Date(FILED_AT.getTime() + 1) }, 'occurredAt'],
    ['a blank description', { description: '  ' }, 'description'],
    ['a description over 2000 characters', { description: 'x'.repeat(2_001) }, 'description'],
  ])('refuses %s with BAD_USER_INPUT', (_, patch, field) => {
    expect(() => fileClaim(activePolicy(), { ...collision, ...patch }, FILED_AT)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });

  it.each([
    ['a type the policy does not cover', { ...collision, type: 'GLASS' }],
    ['a loss before the term', { ...collision, occurredAt: new Date(PAID_AT.getTime() - 1) }],
    ['a loss at the end of the term', { ...collision, occurredAt: new Date('2026-06-16T15:00:00Z') }],
  ])('refuses %s with UNPROCESSABLE', (_, input) => {
    expect(() => fileClaim(activePolicy(), input, new Date('2026-07-01T00:00:00Z'))).toThrow(expect.objectContaining({ code: 'UNPROCESSABLE' }));
  });

  it('accepts a loss at the very start of the term', () => {
    expect(fileClaim(activePolicy(), { ...collision, occurredAt: PAID_AT }, FILED_AT).state.status).toBe('OPEN');
  });

  it('keeps the description trimmed', () => {
    expect(fileClaim(activePolicy(), { ...collision, description: '  Windscreen cracked by a stone  ' }, FILED_AT).state.description).toBe(
      'Windscreen cracked by a stone',
    );
  });

  it('refuses a policy that is not ACTIVE with CONFLICT', () => {
    const cancelled = cancelPolicy(activePolicy(), { at: FILED_AT, reason: 'sold the car' }).state;

    expect(() => fileClaim(pendingPolicy(), collision, FILED_AT)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => fileClaim(cancelled, collision, FILED_AT)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });
});

describe('deciding and paying a claim', () => {
  it('approves with payout = approved − deductible, then pays it', () => {
    const approved = approveClaim(openClaim(), { approvedAmount: '10000.00', at: DECIDED_AT });

    expect(approved.state).toMatchObject({ status: 'APPROVED', approvedAt: DECIDED_AT });
    expect(approved.events).toEqual([
      {
        type: 'insurance.claim.approved',
        subject: 'c-1',
        occurredAt: DECIDED_AT,
        data: { claimId: 'c-1', policyId: 'p-1', approvedAmount: '10000.00', deductible: '4000.00', payout: '6000.00' },
      },
    ]);

    const paidAt = new Date('2025-09-11T15:00:00Z');
    const paid = markClaimPaid(approved.state, { at: paidAt });
    expect(paid.state).toMatchObject({ status: 'PAID', paidAt });
    expect(paid.events).toEqual([
      { type: 'insurance.claim.paid', subject: 'c-1', occurredAt: paidAt, data: { claimId: 'c-1', policyId: 'p-1', payout: '6000.00' } },
    ]);
  });

  it('pays the whole approved amount where the coverage has no deductible', () => {
    const claim = fileClaim(activePolicy(), { ...collision, type: 'THIRD_PARTY' }, FILED_AT).state;
    const { state } = approveClaim(claim, { approvedAmount: '850.00', at: DECIDED_AT });

    expect(state.status === 'APPROVED' && state.payout.toString()).toBe('850.00');
  });

  it.each(['4000.00', '2500.00'])('closes a claim approved at %s, within the 4000.00 deductible, as DENIED WITHIN_DEDUCTIBLE', (amount) => {
    const { state, events } = approveClaim(openClaim(), { approvedAmount: amount, at: DECIDED_AT });

    expect(state.status === 'DENIED' && state.denial.reason).toBe('WITHIN_DEDUCTIBLE');
    expect(events).toEqual([
      {
        type: 'insurance.claim.denied',
        subject: 'c-1',
        occurredAt: DECIDED_AT,
        data: expect.objectContaining({ claimId: 'c-1', policyId: 'p-1', reason: 'WITHIN_DEDUCTIBLE' }),
      },
    ]);
    expect(() => markClaimPaid(state, { at: DECIDED_AT })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('denies with a note and records insurance.claim.denied', () => {
    const { state, events } = denyClaim(openClaim(), { note: ' driver was not licensed ', at: DECIDED_AT });

    expect(state).toMatchObject({ status: 'DENIED', deniedAt: DECIDED_AT, denial: { reason: 'REJECTED', note: 'driver was not licensed' } });
    expect(events[0]?.data).toEqual({ claimId: 'c-1', policyId: 'p-1', reason: 'REJECTED', note: 'driver was not licensed' });
  });

  it.each([
    ['a zero approved amount', () => approveClaim(openClaim(), { approvedAmount: '0.00', at: DECIDED_AT }), 'approvedAmount'],
    ['a blank denial note', () => denyClaim(openClaim(), { note: ' ', at: DECIDED_AT }), 'note'],
  ])('refuses %s with BAD_USER_INPUT', (_, decide, field) => {
    expect(decide).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
  });

  it('refuses illegal transitions with CONFLICT', () => {
    const approved = approveClaim(openClaim(), { approvedAmount: '10000.00', at: DECIDED_AT }).state;
    const denied = denyClaim(openClaim(), { note: 'fraud', at: DECIDED_AT }).state;
    const paid = markClaimPaid(approved, { at: DECIDED_AT }).state;
    const decisions = [
      (claim: Claim) => approveClaim(claim, { approvedAmount: '10.00', at: DECIDED_AT }),
      (claim: Claim) => denyClaim(claim, { note: 'late', at: DECIDED_AT }),
    ];

    for (const claim of [approved, denied, paid]) {
      for (const decide of decisions) expect(() => decide(claim)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    }
    for (const claim of [openClaim(), denied, paid]) {
      expect(() => markClaimPaid(claim, { at: DECIDED_AT })).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    }
  });
});

describe('the denial note', () => {
  it("is the adjuster's note, or names the deductible the approved amount did not exceed", () => {
    const rejected = denyClaim(openClaim(), { note: 'fraud', at: DECIDED_AT }).state;
    const within = approveClaim(openClaim(), { approvedAmount: '2500.00', at: DECIDED_AT }).state;

    expect(rejected.status === 'DENIED' && denialNote(rejected)).toBe('fraud');
    expect(within.status === 'DENIED' && denialNote(within)).toBe('the approved amount 2500.00 does not exceed the deductible 4000.00');
  });
});
