import { Money } from '@bank/kernel';
import { PixKey, Transfer, type PendingTransfer } from '../../src/domain';

const now = new Date('2026-03-07T12:00:00.000Z');
const sender = { name: 'Maria Silva', document: '52998224725', customerId: 'c-maria' };
const receiver = { name: 'João Souza', document: '11144477735', customerId: 'c-joao' };
const pending = (): PendingTransfer =>
  Transfer.request(
    { id: 't-1', sender, toKey: PixKey.parse('EMAIL', 'joao@example.com'), amount: Money.parse('25.00'), description: ' Almoço ', reference: null },
    now,
  ).state;

describe('Transfer', () => {
  it('is requested PENDING, with its event', () => {
    const { state, events } = Transfer.request(
      { id: 't-1', sender, toKey: PixKey.parse('EMAIL', 'joao@example.com'), amount: Money.parse('25.00'), reference: { source: 'loans', id: 'loan-1' } },
      now,
    );
    expect(state).toMatchObject({ status: 'PENDING', description: null });
    expect(events).toEqual([
      {
        type: 'pix.transfer.requested',
        subject: 't-1',
        occurredAt: now,
        data: { transferId: 't-1', sender, toKey: 'joao@example.com', amount: '25.00', description: null, reference: { source: 'loans', id: 'loan-1' } },
      },
    ]);
  });

  it('settles once, with the end-to-end id and the receiver', () => {
    const { state, events } = Transfer.settle(pending(), { endToEndId: 'E12345678202603071200abcdefghijk', receiver }, now);
    expect(state).toMatchObject({ status: 'SETTLED', endToEndId: 'E12345678202603071200abcdefghijk', receiver, description: 'Almoço' });
    expect(events[0]).toMatchObject({ type: 'pix.transfer.settled', data: { transferId: 't-1', receiver, amount: '25.00' } });
    expect(() => Transfer.settle(state, { endToEndId: 'E12345678202603071200abcdefghijk', receiver }, now)).toThrow(
      expect.objectContaining({ code: 'CONFLICT' }),
    );
    expect(() => Transfer.fail(state, 'late', now)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('fails once, with the reason', () => {
    const { state, events } = Transfer.fail(pending(), 'unknown Pix key', now);
    expect(state).toMatchObject({ status: 'FAILED', failureReason: 'unknown Pix key' });
    expect(events[0]).toMatchObject({ type: 'pix.transfer.failed', data: { reason: 'unknown Pix key' } });
  });

  it('refuses a zero amount and a long description', () => {
    const base = { id: 't', sender, toKey: PixKey.parse('EMAIL', 'a@b.co') };
    expect(() => Transfer.request({ ...base, amount: Money.ZERO }, now)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'amount' }));
    expect(() => Transfer.request({ ...base, amount: Money.parse('1.00'), description: 'x'.repeat(141) }, now)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'description' }),
    );
  });
});
