import { Money } from '@bank/kernel';
import { type ActiveCharge, Charge, type CreateChargeInput, PixError, PixKey, type PaymentInput } from '../../src/domain';
import { payerDocument, receiverDocument } from './fixtures';

const now = new Date('2026-03-07T12:00:00.000Z');
const later = (seconds: number): Date => new Date(now.getTime() + seconds * 1000);

const input = (changes: Partial<CreateChargeInput> = {}): CreateChargeInput => ({
  txid: 'PARCELA42',
  receiver: { key: PixKey.parse('CNPJ', '11.222.333/0001-81'), name: 'Banco Exemplo S.A.', document: receiverDocument, customerId: 'c-receiver' },
  amount: Money.parse('150.00'),
  description: 'Parcela 3 de 12',
  payer: { name: 'Fulano de Tal', document: payerDocument, customerId: 'c-payer' },
  expiresInSeconds: 3600,
  reference: { source: 'loans', id: 'loan-7/installment-3' },
  ...changes,
});

const payment = (changes: Partial<PaymentInput> = {}): PaymentInput => ({
  endToEndId: 'E12345678202603071230abcdefghijk',
  amount: Money.parse('150.00'),
  payer: { name: 'Fulano de Tal', document: payerDocument, customerId: 'c-payer' },
  ...changes,
});

const active = (changes: Partial<CreateChargeInput> = {}): ActiveCharge => Charge.create(input(changes), now).state;

describe('Charge.create', () => {
  it('opens an active charge and records pix.charge.created with plain JSON data', () => {
    const { state, events } = Charge.create(input(), now);
    expect(state).toMatchObject({
      status: 'ACTIVE',
      txid: 'PARCELA42',
      description: 'Parcela 3 de 12',
      createdAt: now,
      expiresAt: later(3600),
      payments: [],
      expiryRecorded: false,
      reference: { source: 'loans', id: 'loan-7/installment-3' },
    });
    expect(state.amount?.toString()).toBe('150.00');
    expect(events).toEqual([
      {
        type: 'pix.charge.created',
        subject: 'PARCELA42',
        occurredAt: now,
        data: {
          txid: 'PARCELA42',
          receiver: { keyType: 'CNPJ', key: '11222333000181', name: 'Banco Exemplo S.A.', document: '11222333000181', customerId: 'c-receiver' },
          amount: '150.00',
          description: 'Parcela 3 de 12',
          payer: { name: 'Fulano de Tal', document: '52998224725', customerId: 'c-payer' },
          expiresAt: '2026-03-07T13:00:00.000Z',
          reference: { source: 'loans', id: 'loan-7/installment-3' },
        },
      },
    ]);
    expect(JSON.parse(JSON.stringify(events[0]?.data))).toEqual(events[0]?.data);
  });

  it('expires in 86400 seconds by default and lets the payer choose the amount when it is null', () => {
    const { state, events } = Charge.create(input({ expiresInSeconds: undefined, amount: null, description: '  ', payer: null, reference: null }), now);
    expect(state.expiresAt).toEqual(later(86_400));
    expect(state).toMatchObject({ amount: null, description: null, payer: null, reference: null });
    expect(events[0]?.data).toMatchObject({ amount: null, description: null, payer: null, reference: null });
  });

  it.each([
    ['a description over 140 characters', { description: 'x'.repeat(141) }, 'description', /1 to 140 characters/],
    ['a description with a RIGHT-TO-LEFT OVERRIDE', { description: 'Pizza \u202e00.01' }, 'description', /without control characters/],
    ['an expiry under 60 seconds', { expiresInSeconds: 59 }, 'expiresInSeconds', /from 60 to 31536000; got 59/],
    ['an expiry over a year', { expiresInSeconds: 31_536_001 }, 'expiresInSeconds', /from 60 to 31536000/],
    ['a fractional expiry', { expiresInSeconds: 60.5 }, 'expiresInSeconds', /whole number/],
    ['a zero amount', { amount: Money.ZERO }, 'amount', /greater than zero/],
    ['an amount over the charge ceiling', { amount: Money.parse('1000000.01') }, 'amount', /at most 1000000.00/],
    ['a txid with symbols', { txid: 'PARCELA-42' }, 'txid', /letters and digits/],
    ['a blank receiver name', { receiver: { ...input().receiver, name: ' ' } }, 'receiver.name', /1 to 140 characters/],
    ['a blank payer name', { payer: { name: '', document: payerDocument, customerId: null } }, 'payer.name', /1 to 140 characters/],
    ['a payer name with NUL', { payer: { name: 'Ana\u0000', document: payerDocument, customerId: null } }, 'payer.name', /without control characters/],
    ['a reference without an id', { reference: { source: 'loans', id: '' } }, 'reference.id', /must not be empty/],
  ])('refuses %s with BAD_USER_INPUT', (_, changes, field, reason) => {
    expect(() => Charge.create(input(changes), now)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field }));
    expect(() => Charge.create(input(changes), now)).toThrow(reason);
  });

  it('accepts the bounds: 140 characters (counted as characters, not code units), 60 s and a year', () => {
    expect(Charge.create(input({ description: '🙂'.repeat(140) }), now).state.description).toHaveLength(280);
    expect(Charge.create(input({ expiresInSeconds: 60 }), now).state.expiresAt).toEqual(later(60));
    expect(Charge.create(input({ expiresInSeconds: 31_536_000 }), now).state.expiresAt).toEqual(later(31_536_000));
  });
});

describe('Charge.pay', () => {
  it('completes the charge once and records pix.charge.paid', () => {
    const paidAt = later(60);
    const { state, events } = Charge.pay(active(), payment(), paidAt);
    expect(state).toMatchObject({ status: 'COMPLETED', txid: 'PARCELA42' });
    expect(state.payments).toEqual([
      { endToEndId: 'E12345678202603071230abcdefghijk', amount: Money.parse('150.00'), payer: payment().payer, paidAt, refunds: [], order: null },
    ]);
    expect(state).not.toHaveProperty('expiryRecorded');
    expect(events).toEqual([
      {
        type: 'pix.charge.paid',
        subject: 'PARCELA42',
        occurredAt: paidAt,
        data: {
          txid: 'PARCELA42',
          endToEndId: 'E12345678202603071230abcdefghijk',
          amount: '150.00',
          payer: { name: 'Fulano de Tal', document: '52998224725', customerId: 'c-payer' },
          receiver: { name: 'Banco Exemplo S.A.', document: '11222333000181', customerId: 'c-receiver' },
          paidAt: paidAt.toISOString(),
          reference: { source: 'loans', id: 'loan-7/installment-3' },
          payerInstitution: null,
          order: null,
        },
      },
    ]);
  });

  it('records the payment order of the account it was paid from', () => {
    const order = { id: 'pix-order-1', accountId: 'checking-1' };
    const payerInstitution = { ispb: '99999999', name: 'Banco Digital S.A.' };
    const { state, events } = Charge.pay(active(), { ...payment(), order, payerInstitution }, later(60));
    expect(state.payments[0]?.order).toEqual(order);
    expect(events[0]?.data).toMatchObject({ order, payerInstitution });
  });

  it('refuses a second payment with CONFLICT', () => {
    const paid = Charge.pay(active(), payment(), later(60)).state;
    expect(() => Charge.pay(paid, payment({ endToEndId: 'E12345678202603071231abcdefghijk' }), later(120))).toThrow(
      expect.objectContaining({ code: 'CONFLICT', reason: 'CHARGE_ALREADY_PAID' }),
    );
  });

  it('refuses a payment at or after the expiry with UNPROCESSABLE', () => {
    expect(() => Charge.pay(active(), payment(), later(3600))).toThrow(expect.objectContaining({ code: 'UNPROCESSABLE', reason: 'CHARGE_EXPIRED' }));
    expect(() => Charge.pay(active(), payment(), later(3599))).not.toThrow();
  });

  it.each([['RECEIVER' as const], ['PSP' as const]])('refuses to pay a charge removed by the %s with UNPROCESSABLE', (by) => {
    const removed = Charge.remove(active(), by, later(10)).state;
    expect(() => Charge.pay(removed, payment(), later(20))).toThrow(expect.objectContaining({ code: 'UNPROCESSABLE', reason: 'CHARGE_REMOVED' }));
  });

  it.each([['149.99'], ['150.01'], ['0.00']])('refuses %p against a fixed amount of 150.00 with UNPROCESSABLE', (amount) => {
    const attempt = () => Charge.pay(active(), payment({ amount: Money.parse(amount) }), later(60));
    expect(attempt).toThrow(expect.objectContaining({ code: 'UNPROCESSABLE', reason: 'AMOUNT_MISMATCH' }));
    expect(attempt).toThrow(`amount ${Money.parse(amount).toString()} does not match the charge amount 150.00`);
  });

  it('takes any positive amount when the payer chooses it, and refuses zero', () => {
    const open = active({ amount: null });
    expect(Charge.pay(open, payment({ amount: Money.parse('0.01') }), later(60)).events[0]?.data.amount).toBe('0.01');
    expect(() => Charge.pay(open, payment({ amount: Money.ZERO }), later(60))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'amount' }));
  });

  it('refuses a malformed end-to-end id', () => {
    expect(() => Charge.pay(active(), payment({ endToEndId: 'E123' }), later(60))).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'endToEndId' }),
    );
  });

  it('raises PixError, an AppError the API maps by code', () => {
    const paid = Charge.pay(active(), payment(), later(60)).state;
    expect(() => Charge.pay(paid, payment(), later(61))).toThrow(PixError);
  });
});

describe('Charge.remove', () => {
  it.each([
    ['RECEIVER' as const, 'REMOVED_BY_RECEIVER'],
    ['PSP' as const, 'REMOVED_BY_PSP'],
  ])('by the %s moves the charge to %s and records pix.charge.removed', (by, status) => {
    const { state, events } = Charge.remove(active(), by, later(10));
    expect(state).toMatchObject({ status, removedAt: later(10), payments: [] });
    expect(events).toEqual([
      {
        type: 'pix.charge.removed',
        subject: 'PARCELA42',
        occurredAt: later(10),
        data: { txid: 'PARCELA42', removedBy: by, reference: { source: 'loans', id: 'loan-7/installment-3' } },
      },
    ]);
  });

  it('removes an expired charge too', () => {
    expect(Charge.remove(active(), 'RECEIVER', later(7200)).state.status).toBe('REMOVED_BY_RECEIVER');
  });

  it('refuses to remove a paid charge or to remove twice, with CONFLICT', () => {
    const paid = Charge.pay(active(), payment(), later(60)).state;
    expect(() => Charge.remove(paid, 'RECEIVER', later(120))).toThrow(expect.objectContaining({ code: 'CONFLICT', reason: 'CHARGE_ALREADY_PAID' }));
    const removed = Charge.remove(active(), 'PSP', later(60)).state;
    expect(() => Charge.remove(removed, 'RECEIVER', later(120))).toThrow(expect.objectContaining({ code: 'CONFLICT', reason: 'CHARGE_ALREADY_REMOVED' }));
  });
});

describe('Charge.expire and Charge.statusAt', () => {
  it('derives EXPIRED for an active charge from its expiry on', () => {
    const charge = active();
    expect(Charge.statusAt(charge, later(3599))).toBe('ACTIVE');
    expect(Charge.statusAt(charge, later(3600))).toBe('EXPIRED');
  });

  it('never calls a paid or removed charge expired', () => {
    expect(Charge.statusAt(Charge.pay(active(), payment(), later(60)).state, later(7200))).toBe('COMPLETED');
    expect(Charge.statusAt(Charge.remove(active(), 'RECEIVER', later(60)).state, later(7200))).toBe('REMOVED_BY_RECEIVER');
  });

  it('records pix.charge.expired once', () => {
    const first = Charge.expire(active(), later(3600));
    expect(first.state).toMatchObject({ status: 'ACTIVE', expiryRecorded: true });
    expect(first.events).toEqual([
      {
        type: 'pix.charge.expired',
        subject: 'PARCELA42',
        occurredAt: later(3600),
        data: {
          txid: 'PARCELA42',
          expiresAt: later(3600).toISOString(),
          receiver: { name: 'Banco Exemplo S.A.', document: '11222333000181', customerId: 'c-receiver' },
          payer: { name: 'Fulano de Tal', document: '52998224725', customerId: 'c-payer' },
          reference: { source: 'loans', id: 'loan-7/installment-3' },
        },
      },
    ]);
    const second = Charge.expire(first.state, later(7200));
    expect(second.events).toEqual([]);
    expect(second.state).toBe(first.state);
  });

  it('changes nothing on a paid or removed charge', () => {
    const paid = Charge.pay(active(), payment(), later(60)).state;
    expect(Charge.expire(paid, later(7200))).toEqual({ state: paid, events: [] });
    const removed = Charge.remove(active(), 'RECEIVER', later(60)).state;
    expect(Charge.expire(removed, later(7200))).toEqual({ state: removed, events: [] });
  });

  it('refuses to expire a charge before its time', () => {
    expect(() => Charge.expire(active(), later(3599))).toThrow(expect.objectContaining({ code: 'UNPROCESSABLE', reason: 'CHARGE_NOT_EXPIRED' }));
  });
});

describe('Charge.refund', () => {
  const paidAt = later(60);
  const e2e = 'E12345678202603071230abcdefghijk';
  const paid = () => Charge.pay(active(), payment(), paidAt).state;
  const refund = (amount: string, id = 'R1') => ({ id, endToEndId: e2e, amount: Money.parse(amount), reason: 'Produto devolvido' });

  it('refunds part, then the rest, and records pix.refund.completed each time', () => {
    const first = Charge.refund(paid(), refund('50.00'), later(120));
    expect(first.events[0]?.data).toMatchObject({ refundId: 'R1', amount: '50.00', totalRefunded: '50.00', endToEndId: e2e });
    const second = Charge.refund(first.state, refund('100.00', 'R2'), later(180));
    expect(second.state.payments[0].refunds.map((r) => r.amount.toString())).toEqual(['50.00', '100.00']);
    expect(second.events[0]?.data.totalRefunded).toBe('150.00');
  });

  it('refuses refunds that would add up to more than was paid', () => {
    const first = Charge.refund(paid(), refund('100.00'), later(120)).state;
    expect(() => Charge.refund(first, refund('50.01', 'R2'), later(180))).toThrow(
      expect.objectContaining({ code: 'UNPROCESSABLE', reason: 'REFUND_EXCEEDS_PAYMENT', message: expect.stringContaining('at most 50.00') }),
    );
  });

  it('refuses after 90 days, an unknown payment, an unpaid charge, a zero amount and an empty reason', () => {
    const ninetyDays = 90 * 86_400;
    expect(Charge.refund(paid(), refund('1.00'), later(60 + ninetyDays)).events).toHaveLength(1);
    expect(() => Charge.refund(paid(), refund('1.00'), later(61 + ninetyDays))).toThrow(expect.objectContaining({ reason: 'REFUND_WINDOW_CLOSED' }));
    expect(() => Charge.refund(paid(), { ...refund('1.00'), endToEndId: 'E12345678202603071230zzzzzzzzzzz' }, later(120))).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => Charge.refund(active(), refund('1.00'), later(120))).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => Charge.refund(paid(), refund('0.00'), later(120))).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'amount' }));
    expect(() => Charge.refund(paid(), { ...refund('1.00'), reason: ' ' }, later(120))).toThrow(expect.objectContaining({ field: 'reason' }));
  });
});
