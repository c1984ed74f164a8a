import { Money } from '@bank/kernel';
import pino from 'pino';
import { eventually } from '@bank/testing';
import { BANK_ACCOUNTS, expiryTransferId, parseAccountId, startLedgerJobs, type TransferRequest } from '../../src/ledger';
import { fundedAccount, hold, posted, reais, rowCounts, single, transferId, useLedger } from './support';

describe('ledger holds and linked transfers', () => {
  const t = useLedger('ledger_holds');

  const post = (pendingId: TransferRequest['id'], amount: string | null = null): TransferRequest => ({
    type: 'post',
    id: transferId('post'),
    pendingId,
    amount: amount === null ? null : reais(amount),
  });
  const voidOf = (pendingId: TransferRequest['id']): TransferRequest => ({ type: 'void', id: transferId('void'), pendingId });

  it('reserves a hold without posting it, then posts part of it and releases the rest', async () => {
    const from = await fundedAccount(t.ledger, '100.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const pending = await t.ledger.createTransfer(hold(from, to, '60.00'));
    expect(await t.ledger.getBalance(from)).toMatchObject({ posted: reais('100.00'), held: reais('60.00'), available: reais('40.00') });
    expect((await t.ledger.getBalance(to)).totals.creditsPending).toEqual(reais('60.00'));
    await expect(t.ledger.createTransfer(single(from, to, '40.01'))).rejects.toMatchObject({ reason: 'INSUFFICIENT_FUNDS' });

    const posting = await t.ledger.createTransfer(post(pending.id, '45.50'));
    expect(posting).toMatchObject({ kind: 'post', pendingId: pending.id, debitAccountId: from, creditAccountId: to, amount: reais('45.50') });
    expect(await t.ledger.getBalance(from)).toMatchObject({ posted: reais('54.50'), held: Money.ZERO, available: reais('54.50') });
    expect(await t.ledger.getBalance(to)).toMatchObject({ posted: reais('45.50'), totals: expect.objectContaining({ creditsPending: Money.ZERO }) });
    expect((await t.ledger.getHistory(to)).map(({ amount, balanceAfter }) => [amount.toString(), balanceAfter?.toString()])).toEqual([['45.50', '45.50']]);
  });

  it('holds and posts against a sharded bank account on one of its rows', async () => {
    const card = parseAccountId(BANK_ACCOUNTS.cardSettlement.id);
    const cardholder = await fundedAccount(t.ledger, '30.00');
    const before = await t.ledger.getBalance(card);
    const pending = await t.ledger.createTransfer(hold(cardholder, card, '25.00'));
    const rows = () =>
      t.db.selectFrom('account_balances').select(['shard', 'credits_pending']).where('account_id', '=', card).where('credits_pending', '>', 0n).execute();
    expect(await rows()).toEqual([{ shard: pending.shardKey % BANK_ACCOUNTS.cardSettlement.shards, credits_pending: 2500n }]);
    await t.ledger.createTransfer(post(pending.id, '20.00'));
    expect(await rows()).toEqual([]);
    expect((await t.ledger.getBalance(card)).posted.subtract(before.posted)).toEqual(Money.fromCents(-2000));
    expect(await posted(t.ledger, cardholder)).toBe('10.00');
  });

  it('posts the whole hold when no amount is given, and a retry returns the same posting', async () => {
    const from = await fundedAccount(t.ledger, '10.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const pending = await t.ledger.createTransfer(hold(from, to, '7.00'));
    const request = post(pending.id);
    const posting = await t.ledger.createTransfer(request);
    expect(posting.amount).toEqual(reais('7.00'));
    expect(await t.ledger.createTransfer(request)).toEqual(posting);
    expect(await t.ledger.createTransfer({ ...request, amount: reais('7.00') } as TransferRequest)).toEqual(posting);
    await expect(t.ledger.createTransfer({ ...request, amount: reais('6.00') } as TransferRequest)).rejects.toMatchObject({
      reason: 'TRANSFER_EXISTS',
      code: 'CONFLICT',
    });
    expect(await posted(t.ledger, to)).toBe('7.00');
  });

  it('voids a hold: everything is released and nothing posts', async () => {
    const from = await fundedAccount(t.ledger, '10.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const pending = await t.ledger.createTransfer(hold(from, to, '10.00'));
    const voided = await t.ledger.createTransfer(voidOf(pending.id));
    expect(voided).toMatchObject({ kind: 'void', reason: 'voided', amount: reais('10.00') });
    expect(await t.ledger.getBalance(from)).toMatchObject({ posted: reais('10.00'), held: Money.ZERO, available: reais('10.00') });
    expect(await t.ledger.getHistory(to)).toEqual([]);
  });

  it('refuses to resolve a hold twice, to post more than it holds, or to resolve what is not a hold; writing nothing', async () => {
    const from = await fundedAccount(t.ledger, '10.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const pending = await t.ledger.createTransfer(hold(from, to, '5.00'));
    const plain = await t.ledger.createTransfer(single(from, to, '1.00'));
    let before = await rowCounts(t.db);
    await expect(t.ledger.createTransfer(post(pending.id, '5.01'))).rejects.toMatchObject({ reason: 'POST_EXCEEDS_PENDING', code: 'UNPROCESSABLE' });
    await expect(t.ledger.createTransfer(post(pending.id, '0.00'))).rejects.toMatchObject({ reason: 'INVALID_AMOUNT', code: 'BAD_USER_INPUT' });
    await expect(t.ledger.createTransfer(voidOf(plain.id))).rejects.toMatchObject({ reason: 'NOT_PENDING', code: 'UNPROCESSABLE' });
    expect(await rowCounts(t.db)).toEqual(before);

    await t.ledger.createTransfer(post(pending.id, '2.00'));
    before = await rowCounts(t.db);
    await expect(t.ledger.createTransfer(voidOf(pending.id))).rejects.toMatchObject({ reason: 'PENDING_ALREADY_RESOLVED', code: 'CONFLICT' });
    await expect(t.ledger.createTransfer(post(pending.id))).rejects.toMatchObject({ reason: 'PENDING_ALREADY_RESOLVED' });
    expect(await rowCounts(t.db)).toEqual(before);
    expect(await posted(t.ledger, from)).toBe('7.00');
  });

  it('resolves a hold exactly once when posts and voids race', async () => {
    const from = await fundedAccount(t.ledger, '50.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const pending = await t.ledger.createTransfer(hold(from, to, '50.00'));
    const attempts = Array.from({ length: 20 }, (_, index) => (index % 2 === 0 ? post(pending.id, '30.00') : voidOf(pending.id)));
    const outcomes = await Promise.allSettled(attempts.map((request) => t.ledger.createTransfer(request)));
    const succeeded = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    expect(succeeded).toHaveLength(1);
    for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ reason: 'PENDING_ALREADY_RESOLVED' });
    const resolutions = await t.db.selectFrom('transfers').select('kind').where('pending_id', '=', pending.id).execute();
    expect(await t.db.selectFrom('open_holds').selectAll().where('transfer_id', '=', pending.id).execute()).toEqual([]);
    expect(resolutions).toHaveLength(1);
    expect((await t.ledger.getBalance(from)).held).toEqual(Money.ZERO);
    expect(await posted(t.ledger, from)).toBe(resolutions[0]!.kind === 'post' ? '20.00' : '50.00');
  });

  it('voids a hold once its time runs out: a post after that is refused, the sweep voids it once', async () => {
    const from = await fundedAccount(t.ledger, '10.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const pending = await t.ledger.createTransfer(hold(from, to, '8.00', { timeoutSeconds: 60 }));
    const open = () => t.db.selectFrom('open_holds').select('timeout_at').where('transfer_id', '=', pending.id).execute();
    expect(await open()).toEqual([{ timeout_at: new Date(t.clock.now().getTime() + 60_000) }]);
    t.clock.advance(59_999);
    expect(await t.ledger.expireHolds()).toBe(0);
    t.clock.advance(1);
    await expect(t.ledger.createTransfer(post(pending.id))).rejects.toMatchObject({ reason: 'PENDING_EXPIRED', code: 'UNPROCESSABLE' });
    expect(await t.ledger.expireHolds()).toBeGreaterThanOrEqual(1);
    expect(await t.ledger.findTransfer(expiryTransferId(pending.id))).toMatchObject({
      kind: 'void',
      reason: 'expired',
      pendingId: pending.id,
      amount: reais('8.00'),
    });
    expect(await t.ledger.getBalance(from)).toMatchObject({ held: Money.ZERO, available: reais('10.00') });
    expect(await open()).toEqual([]);
    expect(await t.ledger.expireHolds()).toBe(0);
    await expect(t.ledger.createTransfer(voidOf(pending.id))).rejects.toMatchObject({ reason: 'PENDING_EXPIRED' });
  });

  it('voids expired holds from the periodic job', async () => {
    const from = await fundedAccount(t.ledger, '10.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const pending = await t.ledger.createTransfer(hold(from, to, '3.00', { timeoutSeconds: 5 }));
    const jobs = startLedgerJobs({ ledger: t.ledger, logger: pino({ level: 'silent' }), holdExpiryIntervalMs: 20, reconciliationIntervalMs: 60_000 });
    try {
      t.clock.advance(5_000);
      await eventually(async () => expect(await t.ledger.findTransfer(expiryTransferId(pending.id))).toMatchObject({ reason: 'expired' }));
    } finally {
      await jobs.stop();
    }
    expect((await t.ledger.getBalance(from)).held).toEqual(Money.ZERO);
  });

  it('creates linked transfers together: a purchase and its tax', async () => {
    const buyer = await fundedAccount(t.ledger, '100.00');
    const shop = await fundedAccount(t.ledger, '0.00');
    const taxes = parseAccountId(BANK_ACCOUNTS.taxesPayable.id);
    const created = await t.ledger.createLinkedTransfers([single(buyer, shop, '90.00', { code: 'card' }), single(buyer, taxes, '10.00', { code: 'tax' })]);
    expect(created.map(({ amount }) => amount.toString())).toEqual(['90.00', '10.00']);
    expect(await posted(t.ledger, buyer)).toBe('0.00');
  });

  it('writes none of a linked batch when one of them is refused', async () => {
    const buyer = await fundedAccount(t.ledger, '100.00');
    const shop = await fundedAccount(t.ledger, '0.00');
    const before = await rowCounts(t.db);
    const batch = [single(buyer, shop, '90.00'), hold(buyer, shop, '5.00'), single(buyer, shop, '10.00')];
    await expect(t.ledger.createLinkedTransfers(batch)).rejects.toMatchObject({ reason: 'INSUFFICIENT_FUNDS', subject: buyer });
    expect(await rowCounts(t.db)).toEqual(before);
    expect(await t.ledger.getBalance(buyer)).toMatchObject({ posted: reais('100.00'), held: Money.ZERO });
    for (const { id } of batch) expect(await t.ledger.findTransfer(id)).toBeNull();
  });

  it('lets a batch post a hold it made, and refuses a batch with a repeated id or no transfer', async () => {
    const from = await fundedAccount(t.ledger, '20.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const pending = hold(from, to, '20.00');
    const [, posting] = await t.ledger.createLinkedTransfers([pending, post(pending.id, '12.00')]);
    expect(posting).toMatchObject({ kind: 'post', amount: reais('12.00') });
    expect(await posted(t.ledger, from)).toBe('8.00');
    const twice = single(from, to, '1.00');
    await expect(t.ledger.createLinkedTransfers([twice, twice])).rejects.toMatchObject({ reason: 'INVALID_BATCH', code: 'BAD_USER_INPUT' });
    await expect(t.ledger.createLinkedTransfers([])).rejects.toMatchObject({ reason: 'INVALID_BATCH' });
  });
});
