import { withCorrelationId } from '@bank/observability';
import { eventEnvelopes } from '../src/outbox';

const envelopes = eventEnvelopes('/subgraphs/test');
const occurredAt = new Date('2025-03-01T12:00:00.000Z');
const recorded = [
  { type: 'test.thing.created', subject: 'thing-1', data: { amount: '10.00' }, occurredAt },
  { type: 'test.thing.changed', subject: 'thing-1', data: { amount: '12.50' }, occurredAt },
];

describe('eventEnvelopes', () => {
  it('wraps each event from the source, correlated with the request being handled', () => {
    const events = withCorrelationId('request-9', () => envelopes(recorded));

    expect(events).toEqual([
      {
        specversion: '1.0',
        id: expect.any(String),
        source: '/subgraphs/test',
        type: 'test.thing.created',
        subject: 'thing-1',
        time: '2025-03-01T12:00:00.000Z',
        datacontenttype: 'application/json',
        correlationid: 'request-9',
        data: { amount: '10.00' },
      },
      expect.objectContaining({ type: 'test.thing.changed', correlationid: 'request-9', data: { amount: '12.50' } }),
    ]);
    expect(events[0]?.id).not.toBe(events[1]?.id);
  });

  it('ties together the events of a write made outside any request, and only those', () => {
    const first = envelopes(recorded);
    const second = envelopes(recorded);

    expect(first[0]?.correlationid).toMatch(/^[0-9a-f-]{36}$/);
    expect(first[1]?.correlationid).toBe(first[0]?.correlationid);
    expect(second[0]?.correlationid).not.toBe(first[0]?.correlationid);
  });

  it('wraps no event into no envelope', () => {
    expect(envelopes([])).toEqual([]);
  });
});
