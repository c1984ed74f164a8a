import { customer, eventually, useHarness } from '@bank/testing';
import { activePolicy, CANCEL, fileClaim, REVIEW, staff, startInsurance } from './support';

describe('business metrics', () => {
  const harness = useHarness(startInsurance);

  it('counts quotes, conversions, premium written, ACTIVE policies and claims by outcome', async () => {
    const owner = customer('c-metrics');
    const { id } = await activePolicy(harness, owner);

    expect(await harness.metric('insurance_quotes_total')).toBe(1);
    expect(await harness.metric('insurance_policies_issued_total')).toBe(1);
    expect(await harness.metric('insurance_premium_written_reais_total')).toBe(2247.51);
    await eventually(async () => expect(await harness.metric('insurance_active_policies')).toBe(1));

    harness.clock.set('2025-09-02T15:00:00Z');
    const claim = await fileClaim(harness.as(owner), id);
    await harness.as(staff)(REVIEW, { id: claim.id, decision: 'DENY' });
    const claims = await (await fetch(harness.service.server.metricsUrl)).text();
    expect(claims).toMatch(/^insurance_claims_total\{outcome="filed",service="insurance"\} 1$/m);
    expect(claims).toMatch(/^insurance_claims_total\{outcome="denied",service="insurance"\} 1$/m);

    await harness.as(owner)(CANCEL, { id, reason: 'Moving abroad' });
    await eventually(async () => expect(await harness.metric('insurance_active_policies')).toBe(0));
  });
});
