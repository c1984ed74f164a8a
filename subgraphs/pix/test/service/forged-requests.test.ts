import { pixRequestTypes } from '@bank/contracts';
import { cloudEvent, messageHeaders } from '@bank/messaging';
import { eventually, TEST_EVENT_KEYS, uniqueName } from '@bank/testing';
import { startPix, type PixHarness } from './harness';

/** `*.pix.charge-requested` reaching the exchange by any path but its owner's relay creates no charge. */
describe('forged charge requests', () => {
  let pix: PixHarness;
  beforeAll(async () => {
    pix = await startPix();
  });
  afterAll(() => pix.stop());

  it.each([
    ['an unsigned request', '/subgraphs/loans', undefined, /not signed/],
    ["a request signed with another producer's key", '/subgraphs/loans', TEST_EVENT_KEYS.insurance, /signature is not loans's/],
    ['a request claiming another source', '/subgraphs/insurance', TEST_EVENT_KEYS.insurance, /source \/subgraphs\/insurance is not \/subgraphs\/loans/],
  ])('dead-letters %s, and creates nothing', async (_, source, signingKey, reason) => {
    const referenceId = uniqueName('forged');
    const forged = cloudEvent({
      source,
      type: pixRequestTypes.charge('loans'),
      subject: referenceId,
      data: {
        reference: { source: 'loans', id: referenceId },
        txid: uniqueName('FORGED')
          .replace(/[^A-Za-z0-9]/g, '')
          .slice(0, 25)
          .padEnd(25, '0'),
        payer: { customerId: 'c-maria', name: 'Maria Silva', document: '52998224725' },
        amount: '5000.00',
        description: 'forged',
        expiresInSeconds: 3600,
      },
    });
    await pix.publishDirectly(forged, signingKey === undefined ? undefined : { key: signingKey });

    const parked = await eventually(async () => {
      const message = await pix.takeDeadLetter('charge-requests');
      if (message === false) throw new Error('nothing dead-lettered yet');
      return message;
    });
    expect(parked.properties.headers?.[messageHeaders.deadLetterReason]).toBe('untrusted');
    expect(String(parked.properties.headers?.[messageHeaders.error])).toMatch(reason);
    expect(pix.events.filter((event) => JSON.stringify(event.data).includes(referenceId) && event.type !== forged.type)).toEqual([]);
  });
});
