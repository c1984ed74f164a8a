import { randomUUID } from 'node:crypto';
import type { Stored } from '@bank/kernel';
import type { AuthenticatedPrincipal } from '@bank/identity';
import { customer, eventually, testEndpoints, useHarness } from '@bank/testing';
import { Redis } from 'ioredis';
import type { PolicyRecord, PolicyRepository } from '../../src/application/ports';
import { issueAutoPolicy } from '../../src/application/policies';
import { VALID_CPF, withDriver, withInput, withVehicle } from '../unit/fixtures';
import {
  activePolicy,
  CANCEL,
  CLAIM,
  errorOf,
  FILE_CLAIM,
  fileClaim,
  ISSUE,
  issue,
  policyOf,
  QUOTE,
  quote,
  REVIEW,
  staff,
  startInsurance,
  type PolicyView,
} from './support';

describe('consistency', () => {
  const harness = useHarness(startInsurance);

  it('issues one policy, with one premium charge, when the same quote is issued five times at once', async () => {
    const owner = customer('c-race');
    const as = harness.as(owner);
    harness.clock.set('2025-06-15T15:00:00Z');
    const { id: quoteId } = await quote(as);

    const results = await Promise.all(Array.from({ length: 5 }, () => as<{ issueAutoPolicy: { policy: PolicyView } }>(ISSUE, { quoteId, installments: 3 })));

    expect(results.map(errorOf)).toEqual(Array(5).fill(undefined));
    const ids = new Set(results.map((result) => result.data?.issueAutoPolicy.policy.id));
    expect(ids.size).toBe(1);
    const policies = await harness.table.listing('CUSTOMER_POLICIES#c-race');
    expect(policies).toHaveLength(1);
    // Issued, then Pix's confirmation of the premium charge recorded.
    expect(policies[0]).toMatchObject({ version: 2 });
    expect((policies[0]!.record as { premiumCharges: unknown[] }).premiumCharges).toHaveLength(1);

    const again = await as(ISSUE, { quoteId, installments: 6 });
    expect(errorOf(again)).toEqual({ code: 'CONFLICT', field: undefined });
  });

  it('lets exactly one of concurrent issues create the policy: the others lose the conditional write and return it', async () => {
    const owner = customer('c-barrier') as AuthenticatedPrincipal;
    harness.clock.set('2025-06-15T15:00:00Z');
    const { id: quoteId } = await quote(harness.as(owner));
    // Every caller has read "no policy yet" before any of them writes: all five race to create it.
    const policies = new ReadBarrier(harness.service.insurance.policies, 5);
    const insurance = { ...harness.service.insurance, policies };

    const issued = await Promise.all(Array.from({ length: 5 }, () => issueAutoPolicy(insurance, owner, quoteId, 1, randomUUID())));

    expect(policies.absentReads).toBe(5);
    expect(new Set(issued.map(({ policy }) => policy.id)).size).toBe(1);
    expect(await harness.table.listing('CUSTOMER_POLICIES#c-barrier')).toHaveLength(1);
  });

  it.each([
    ['an invalid CPF', withDriver({ cpf: '123.456.789-00' }), 'driver.cpf'],
    ['a plate in neither format', withVehicle({ plate: 'AB12345' }), 'vehicle.plate'],
    ['a driver under 18', withDriver({ birthDate: '2008-01-01', licensedSince: '2026-01-01' }), 'driver.birthDate'],
    ['a model year after next year', withVehicle({ year: 2027 }), 'vehicle.year'],
    ['a FIPE value of zero', withVehicle({ fipeValue: '0.00' }), 'vehicle.fipeValue'],
    ['a CEP of 7 digits', withInput({ postalCode: '8001000' }), 'postalCode'],
    ['no coverage', withInput({ coverages: [] }), 'coverages'],
    ['bonus class 11', withInput({ bonusClass: 11 }), 'bonusClass'],
  ])('refuses a quote with %s with BAD_USER_INPUT on its field, and writes nothing', async (_, input, field) => {
    const owner = customer(`c-bad-${field}`, { document: VALID_CPF });
    harness.clock.set('2025-06-15T15:00:00Z');

    const result = await harness.as(owner)(QUOTE, { input });

    expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: `input.${field}` });
    expect(await harness.table.listing(`CUSTOMER_QUOTES#c-bad-${field}`)).toEqual([]);
  });

  it('refuses an unknown coverage or use before any resolver runs', async () => {
    const result = await harness.as(customer('c-bad-enum'))(QUOTE, { input: withInput({ coverages: ['FLOOD'] }) });

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await harness.table.listing('CUSTOMER_QUOTES#c-bad-enum')).toEqual([]);
  });

  it('refuses 13 installments, and an expired quote, writing no policy', async () => {
    const as = harness.as(customer('c-bad-issue'));
    harness.clock.set('2025-06-15T15:00:00Z');
    const { id: quoteId } = await quote(as);

    expect(errorOf(await as(ISSUE, { quoteId, installments: 13 }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.installments' });
    harness.clock.set('2025-07-15T15:00:00Z');
    expect(errorOf(await as(ISSUE, { quoteId, installments: 1 }))).toEqual({ code: 'CONFLICT', field: undefined });
    expect(await harness.table.listing('CUSTOMER_POLICIES#c-bad-issue')).toEqual([]);
  });

  it('refuses a bad claim or review, and a blank cancellation reason, changing nothing', async () => {
    const owner = customer('c-bad-claim');
    const as = harness.as(owner);
    const policy = await activePolicy(harness, owner);
    harness.clock.set('2025-09-02T15:00:00Z');

    const badClaims = [
      [{ estimatedAmount: '-1.00' }, 'estimatedAmount'],
      [{ description: '   ' }, 'description'],
      [{ occurredAt: '2025-09-03T15:00:00Z' }, 'occurredAt'],
    ] as const;
    for (const [patch, field] of badClaims) {
      const result = await as(FILE_CLAIM, {
        idempotencyKey: randomUUID(),
        input: { policyId: policy.id, type: 'COLLISION', occurredAt: '2025-09-01T22:30:00Z', description: 'Dent', estimatedAmount: '900.00', ...patch },
      });
      expect(errorOf(result)).toEqual({ code: 'BAD_USER_INPUT', field: `input.${field}` });
    }
    const uncovered = await as(FILE_CLAIM, {
      idempotencyKey: randomUUID(),
      input: { policyId: policy.id, type: 'GLASS', occurredAt: '2025-09-01T22:30:00Z', description: 'Cracked', estimatedAmount: '900.00' },
    });
    expect(errorOf(uncovered)).toEqual({ code: 'UNPROCESSABLE', field: undefined });
    expect(await harness.table.listing(`POLICY_CLAIMS#${policy.id}`)).toEqual([]);

    const claim = await fileClaim(as, policy.id);
    expect(errorOf(await harness.as(staff)(REVIEW, { id: claim.id, decision: 'APPROVE' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.approvedAmount' });
    expect(errorOf(await harness.as(staff)(REVIEW, { id: claim.id, decision: 'APPROVE', approvedAmount: '0.00' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.approvedAmount',
    });
    expect(errorOf(await harness.as(staff)(REVIEW, { id: claim.id, decision: 'DENY', approvedAmount: '10.00' }))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.approvedAmount',
    });
    expect((await as<{ autoClaim: { status: string } }>(CLAIM, { id: claim.id })).data?.autoClaim.status).toBe('OPEN');
    expect(await harness.table.item(`CLAIM#${claim.id}`, 'CLAIM')).toMatchObject({ version: 1 });

    expect(errorOf(await as(CANCEL, { id: policy.id, reason: '  ' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await harness.table.item(`POLICY#${policy.id}`, 'POLICY')).toMatchObject({ version: 3, record: { policy: { status: 'ACTIVE' } } });
  });

  it('keeps policies in Redis by id, and drops the entry on every change', async () => {
    const owner = customer('c-cache');
    const policy = await activePolicy(harness, owner);
    const redis = new Redis(testEndpoints.redisUrl);
    const key = `cache:insurance-policy:${policy.id}`;
    try {
      await eventually(async () => {
        await policyOf(harness.as(owner), policy.id);
        expect(JSON.parse((await redis.get(key)) ?? 'null')).toMatchObject({ policy: { status: 'ACTIVE' }, version: 3 });
      });

      await harness.as(owner)(CANCEL, { id: policy.id, reason: 'Sold the car' });

      expect(await redis.get(key)).toBeNull();
    } finally {
      redis.disconnect();
    }
  });

  it('issues again, returning the same policy, when the caller retries', async () => {
    const as = harness.as(customer('c-retry'));
    harness.clock.set('2025-06-15T15:00:00Z');
    const { id: quoteId } = await quote(as);

    const first = await issue(as, quoteId, 2);
    const second = await issue(as, quoteId, 2);

    expect(second).toEqual(first);
  });
});

/** Holds the first `parties` reads until all of them have been made. */
class ReadBarrier implements PolicyRepository {
  absentReads = 0;
  private arrived = 0;
  private release!: () => void;
  private readonly released = new Promise<void>((resolve) => (this.release = resolve));

  constructor(
    private readonly inner: PolicyRepository,
    private readonly parties: number,
  ) {}

  async get(id: string): Promise<Stored<PolicyRecord> | null> {
    const found = await this.inner.get(id);
    if (this.arrived >= this.parties) return found;
    if (found === null) this.absentReads += 1;
    if (++this.arrived === this.parties) this.release();
    await this.released;
    return found;
  }

  save: PolicyRepository['save'] = (record, version, events) => this.inner.save(record, version, events);
  getMany: PolicyRepository['getMany'] = (ids) => this.inner.getMany(ids);
  listByOwner: PolicyRepository['listByOwner'] = (customerId, page) => this.inner.listByOwner(customerId, page);
  dueForCharge: PolicyRepository['dueForCharge'] = (dueBy, limit) => this.inner.dueForCharge(dueBy, limit);
  dueForAutoDebit: PolicyRepository['dueForAutoDebit'] = (dueBy, limit) => this.inner.dueForAutoDebit(dueBy, limit);
}
