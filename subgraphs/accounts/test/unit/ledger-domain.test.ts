import { Money } from '@bank/kernel';
import {
  balanceChanges,
  balanceOf,
  customerAccount,
  expiry,
  expiryTransferId,
  LedgerError,
  newTransfer,
  parseAccountId,
  parseTransferId,
  resolution,
  sameTransfer,
  shardKeyOf,
  transferEvent,
  type PendingTransfer,
  type TransferRequest,
} from '../../src/ledger/domain';

const now = new Date('2026-03-02T12:00:00Z');
const a = parseAccountId('acc-a');
const b = parseAccountId('acc-b');
const cents = (value: number) => Money.fromCents(value);
const request = (overrides: Partial<Extract<TransferRequest, { type: 'single' | 'hold' }>> = {}): Extract<TransferRequest, { type: 'single' | 'hold' }> =>
  ({
    type: 'single',
    id: parseTransferId('t-1'),
    debitAccountId: a,
    creditAccountId: b,
    amount: cents(1000),
    code: 'transfer',
    description: null,
    ...overrides,
  }) as never;
const pendingOf = (amount = 1000): PendingTransfer =>
  newTransfer({ ...request({ amount: cents(amount) }), type: 'hold', timeoutSeconds: 60 } as never, now) as PendingTransfer;

describe('ledger domain', () => {
  it('parses ids of letters, digits and .:_- only', () => {
    expect(parseTransferId('pix:E999-2026_03.1')).toBe('pix:E999-2026_03.1');
    for (const bad of ['', ' x', 'a/b', '-a', 'x'.repeat(101), 42]) expect(() => parseTransferId(bad)).toThrow(LedgerError);
  });

  it('sets a hold to time out after its seconds', () => {
    expect(pendingOf().timeoutAt).toEqual(new Date('2026-03-02T12:01:00Z'));
  });

  it('posts part of a hold, refuses more, and refuses it once its time is up', () => {
    const pending = pendingOf();
    expect(resolution(pending, { type: 'post', id: parseTransferId('p'), pendingId: pending.id, amount: cents(400) }, now)).toMatchObject({
      kind: 'post',
      amount: cents(400),
    });
    expect(() => resolution(pending, { type: 'post', id: parseTransferId('p'), pendingId: pending.id, amount: cents(1001) }, now)).toThrow(
      expect.objectContaining({ reason: 'POST_EXCEEDS_PENDING' }),
    );
    expect(() => resolution(pending, { type: 'void', id: parseTransferId('v'), pendingId: pending.id }, pending.timeoutAt)).toThrow(
      expect.objectContaining({ reason: 'PENDING_EXPIRED' }),
    );
    expect(expiry(pending, expiryTransferId(parseTransferId('t-1')), pending.timeoutAt)).toMatchObject({
      kind: 'void',
      reason: 'expired',
      amount: cents(1000),
    });
  });

  it('changes the four totals as TigerBeetle does, taking row locks in account order', () => {
    const pending = pendingOf(1000);
    const posting = resolution(pending, { type: 'post', id: parseTransferId('p'), pendingId: pending.id, amount: cents(400) }, now);
    const [first, second] = balanceChanges(posting, pending.amount);
    expect(first).toMatchObject({ accountId: a, debitsPending: -1000n, debitsPosted: 400n, guarded: false, posting: { side: 'debit', amount: cents(400) } });
    expect(second).toMatchObject({ accountId: b, creditsPending: -1000n, creditsPosted: 400n });
    const reversed = balanceChanges(newTransfer(request({ debitAccountId: b, creditAccountId: a }), now));
    expect(reversed.map(({ accountId }) => accountId)).toEqual([a, b]);
    expect(reversed[1]).toMatchObject({ accountId: b, debitsPosted: 1000n, guarded: true });
    expect(balanceChanges(pending).map(({ posting, guarded }) => [posting, guarded])).toEqual([
      [null, true],
      [null, false],
    ]);
  });

  it('knows a repeated request from a different one with the same id', () => {
    const transfer = newTransfer(request(), now);
    expect(sameTransfer(transfer, request())).toBe(true);
    expect(sameTransfer(transfer, request({ amount: cents(1001) }))).toBe(false);
    expect(sameTransfer(transfer, request({ creditAccountId: parseAccountId('acc-c') }))).toBe(false);
    expect(sameTransfer(transfer, { ...request(), type: 'hold', timeoutSeconds: 60 } as never)).toBe(false);
    const pending = pendingOf();
    const full = resolution(pending, { type: 'post', id: parseTransferId('p'), pendingId: pending.id, amount: null }, now);
    expect(sameTransfer(full, { type: 'post', id: full.id, pendingId: pending.id, amount: null }, pending.amount)).toBe(true);
    expect(sameTransfer(full, { type: 'post', id: full.id, pendingId: pending.id, amount: cents(999) }, pending.amount)).toBe(false);
  });

  it('gives a customer account its available balance with the overdraft limit, and a bank account none', () => {
    const account = customerAccount({ id: a, customerId: 'c-1', overdraftLimit: cents(5000) }, now);
    const totals = { debitsPosted: cents(300), creditsPosted: cents(1000), debitsPending: cents(200), creditsPending: cents(0) };
    expect(balanceOf(account, totals)).toMatchObject({ posted: cents(700), held: cents(200), available: cents(5500) });
    const bank = { kind: 'bank', id: parseAccountId('bank:x'), name: 'loanPortfolio', normal: 'debit', shards: 4, openedAt: now } as const;
    expect(balanceOf(bank, totals)).toMatchObject({ posted: cents(-700), available: null });
  });

  it('spreads shard keys evenly', () => {
    const counts = new Array(32).fill(0);
    for (let index = 0; index < 32_000; index++) counts[shardKeyOf(parseTransferId(`pix-${index}`)) % 32]++;
    expect(Math.min(...counts)).toBeGreaterThan(800);
    expect(Math.max(...counts)).toBeLessThan(1200);
  });

  it('records a posting of a hold under the hold, so its events stay in order', () => {
    const pending = pendingOf();
    const posting = resolution(pending, { type: 'post', id: parseTransferId('p'), pendingId: pending.id, amount: null }, now);
    expect(transferEvent(pending)).toMatchObject({ type: 'accounts.transfer.held', subject: pending.id });
    expect(transferEvent(posting)).toMatchObject({
      type: 'accounts.transfer.posted',
      subject: pending.id,
      data: { transferId: 'p', pendingId: pending.id, amount: '10.00' },
    });
  });
});
