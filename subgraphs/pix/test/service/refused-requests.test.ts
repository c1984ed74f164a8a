import { PIX_EVENTS, pixRequestTypes, PixChargeRefused } from '@bank/contracts';
import { cloudEvent } from '@bank/messaging';
import { eventually, TEST_EVENT_KEYS, uniqueName } from '@bank/testing';
import { ofType, startPix, type PixHarness } from './harness';

/** Issue 12: a charge request Pix will not carry out is answered with pix.charge.refused, once, and nothing is dead-lettered. */
describe('refused charge requests', () => {
  let pix: PixHarness;
  beforeAll(async () => {
    pix = await startPix();
  });
  afterAll(() => pix.stop());

  /** Publishes the request as loans' relay would: signed with loans' key, from its source. */
  const requestAsLoans = async (data: Record<string, unknown>, id?: string) => {
    const request = cloudEvent({ source: '/subgraphs/loans', type: pixRequestTypes.charge('loans'), subject: String(data.txid), data, ...(id ? { id } : {}) });
    await pix.publishDirectly(request, { key: TEST_EVENT_KEYS.loans! });
    return request;
  };

  it.each([
    ['an amount a cent over the charge ceiling', { amount: '1000000.01' }, 'amount'],
    [`an amount of ${'9'.repeat(15)}.99`, { amount: '999999999999999.99' }, 'amount'],
    ['a payer name over the name cap', { payer: { customerId: 'c-maria', name: 'M'.repeat(141), document: '52998224725' } }, 'payer.name'],
    ['a payer name with ESC', { payer: { customerId: 'c-maria', name: 'Maria\u001b[2J', document: '52998224725' } }, 'payer.name'],
  ])('refuses %s with pix.charge.refused to the requester, creates nothing, dead-letters nothing', async (_, changes, field) => {
    const referenceId = uniqueName('refused');
    const txid = uniqueName('REFUSED')
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 25)
      .padEnd(25, '0');
    const data = {
      reference: { source: 'loans', id: referenceId },
      txid,
      payer: { customerId: 'c-maria', name: 'Maria Silva', document: '52998224725' },
      amount: '150.00',
      description: 'Parcela 1',
      expiresInSeconds: 3600,
      ...changes,
    };
    const request = await requestAsLoans(data);
    const refused = await eventually(() => {
      const found = ofType(pix.events, PIX_EVENTS.chargeRefused).filter((event) => event.subject === txid);
      if (found.length === 0) throw new Error('no refusal yet');
      return found;
    });
    expect(refused).toHaveLength(1);
    expect(refused[0]!.requester).toBe('loans');
    expect(PixChargeRefused.parse(refused[0]!.data)).toMatchObject({ txid, reference: data.reference, code: 'BAD_USER_INPUT', field });

    // A redelivery (the same message again) is answered by the refusal already recorded: no second event.
    await requestAsLoans(data, request.id);
    await requestAsLoans(data);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(ofType(pix.events, PIX_EVENTS.chargeRefused).filter((event) => event.subject === txid)).toHaveLength(1);
    expect(ofType(pix.events, PIX_EVENTS.chargeCreated).filter((event) => event.subject === txid)).toEqual([]);
    expect(await pix.service.pix.charges.get(txid)).toBeNull();
    expect(await pix.service.pix.refusals.get(txid)).toMatchObject({ txid, field });
    expect(await pix.takeDeadLetter('charge-requests')).toBe(false);
  });
});
