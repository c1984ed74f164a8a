import { PIX_EVENTS } from '@bank/contracts';
import { cloudEvent, messageHeaders } from '@bank/messaging';
import { customer, eventually } from '@bank/testing';
import { issue, policyOf, premiumReference, quote, startInsurance, type InsuranceHarness } from './support';

/** A pix.charge.paid for the premium the policy asked for (addressed to insurance), as someone with broker access could publish it. */
describe('events from someone other than their owner', () => {
  let harness: InsuranceHarness;
  beforeAll(async () => {
    harness = await startInsurance();
  });
  afterAll(() => harness.stop());

  it.each([
    ['a wrong signature', '/subgraphs/pix', 'f'.repeat(64), /signature is not pix's/],
    ['no signature', '/subgraphs/pix', undefined, /not signed/],
    ['another source', '/subgraphs/loans', 'f'.repeat(64), /source \/subgraphs\/loans is not \/subgraphs\/pix/],
  ])('dead-letters a forged premium payment with %s, and leaves the policy unpaid', async (_, source, signature, reason) => {
    const owner = customer(`c-forged-${source.length}-${signature ?? 'none'}`.slice(0, 40));
    const as = harness.as(owner);
    harness.clock.set('2025-06-15T15:00:00Z');
    const { id } = await issue(as, (await quote(as)).id, 1);
    const [request] = await harness.pix.requested('charge-requested', premiumReference(id));
    const { txid, amount, reference, payer } = request!.data as { txid: string; amount: string; reference: unknown; payer: unknown };
    const receiver = { name: 'Banco Digital S.A.', document: '11222333000181', customerId: 'urn:bank:institution' };
    const forged = cloudEvent({
      source,
      type: PIX_EVENTS.chargePaid,
      subject: txid,
      requester: 'insurance',
      data: { txid, endToEndId: `E99999999${txid}`, amount, payer, receiver, paidAt: '2025-06-16T15:00:00Z', reference },
    });
    await harness.publishDirectly(forged, signature === undefined ? undefined : { signature });

    const parked = await eventually(async () => {
      const message = await harness.takeDeadLetter('premium-payments');
      if (message === false) throw new Error('nothing dead-lettered yet');
      return message;
    });
    expect(parked.properties.headers?.[messageHeaders.deadLetterReason]).toBe('untrusted');
    expect(String(parked.properties.headers?.[messageHeaders.error])).toMatch(reason);
    expect((await policyOf(as, id)).status).not.toBe('ACTIVE');
  });
});
