import { cloudEvent } from '../src';
import { decodeEvent, encodeEvent } from '../src/wire';

describe('CloudEvent wire format', () => {
  it('decodes what it encodes', () => {
    const event = cloudEvent({ source: '/subgraphs/loans', type: 'loans.contract.signed', subject: 'contract-1', data: { principal: '1000.00' } });

    expect(decodeEvent(encodeEvent(event).content)).toEqual({ kind: 'event', event });
  });

  it('keeps the distributed-tracing extension (traceparent, tracestate), so consumers continue the trace', () => {
    const event = {
      ...cloudEvent({ source: '/subgraphs/pix', type: 'pix.charge.paid', subject: 'tx-1', data: null }),
      traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      tracestate: 'vendor=value',
    };

    expect(decodeEvent(encodeEvent(event).content)).toEqual({ kind: 'event', event });
  });

  it.each([
    ['a body that is not JSON', '{"specversion":'],
    ['another CloudEvents version', JSON.stringify({ ...cloudEvent({ source: 's', type: 't', subject: 'x', data: null }), specversion: '0.3' })],
    ['a time that is not RFC 3339', JSON.stringify({ ...cloudEvent({ source: 's', type: 't', subject: 'x', data: null }), time: 'yesterday' })],
    ['a missing type', JSON.stringify({ ...cloudEvent({ source: 's', type: 't', subject: 'x', data: null }), type: undefined })],
  ])('reports %s as malformed', (_case, body) => {
    expect(decodeEvent(Buffer.from(body))).toMatchObject({ kind: 'malformed' });
  });
});
