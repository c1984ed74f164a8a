import { Money } from '@bank/kernel';
import { BANK_ACCOUNTS } from '../../src/ledger';
import { fundedAccount, posted, SETTLEMENT, single, useLedger } from './support';

describe('ledger under concurrency', () => {
  const t = useLedger('ledger_concurrency', { poolSize: 20 });

  it('lets exactly 10 of 100 concurrent R$ 1.00 debits through from R$ 10.00, never going below zero', async () => {
    const from = await fundedAccount(t.ledger, '10.00');
    const to = await fundedAccount(t.ledger, '0.00');
    let sampling = true;
    const seen: bigint[] = [];
    const sampler = (async () => {
      while (sampling) {
        const row = await t.db
          .selectFrom('account_balances')
          .select(['debits_posted', 'credits_posted'])
          .where('account_id', '=', from)
          .executeTakeFirstOrThrow();
        seen.push(row.credits_posted - row.debits_posted);
      }
    })();
    const outcomes = await Promise.allSettled(Array.from({ length: 100 }, () => t.ledger.createTransfer(single(from, to, '1.00'))));
    sampling = false;
    await sampler;

    expect(outcomes.filter(({ status }) => status === 'fulfilled')).toHaveLength(10);
    for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toMatchObject({ reason: 'INSUFFICIENT_FUNDS' });
    expect(await t.ledger.getBalance(from)).toMatchObject({ posted: Money.ZERO, available: Money.ZERO });
    expect(await posted(t.ledger, to)).toBe('10.00');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((cents) => cents >= 0n)).toBe(true);
    const balances = (await t.ledger.getHistory(from, { limit: 500 })).map(({ balanceAfter }) => balanceAfter!.cents);
    expect(balances).toEqual([1000n, 900n, 800n, 700n, 600n, 500n, 400n, 300n, 200n, 100n, 0n]);
  });

  it('completes transfers between two accounts in both directions at once, without a deadlock left unresolved', async () => {
    const a = await fundedAccount(t.ledger, '100.00');
    const b = await fundedAccount(t.ledger, '100.00');
    const requests = Array.from({ length: 60 }, (_, index) => (index % 2 === 0 ? single(a, b, '1.00') : single(b, a, '2.00')));
    const transfers = await Promise.all(requests.map((request) => t.ledger.createTransfer(request)));
    expect(transfers).toHaveLength(60);
    expect(await posted(t.ledger, a)).toBe('130.00');
    expect(await posted(t.ledger, b)).toBe('70.00');
  });

  it('completes linked batches that lock the same accounts in opposite orders (a deadlock is retried)', async () => {
    const a = await fundedAccount(t.ledger, '100.00');
    const b = await fundedAccount(t.ledger, '100.00');
    const c = await fundedAccount(t.ledger, '100.00');
    const batches = Array.from({ length: 30 }, (_, index) =>
      index % 2 === 0 ? [single(a, b, '1.00'), single(c, a, '1.00')] : [single(c, a, '1.00'), single(a, b, '1.00')],
    );
    await Promise.all(batches.map((batch) => t.ledger.createLinkedTransfers(batch)));
    expect([await posted(t.ledger, a), await posted(t.ledger, b), await posted(t.ledger, c)]).toEqual(['100.00', '130.00', '70.00']);
  });

  it('spreads the settlement account over its shards, and its balance is their sum', async () => {
    const before = (await t.ledger.getBalance(SETTLEMENT)).posted;
    const customers = await Promise.all(Array.from({ length: 10 }, () => fundedAccount(t.ledger, '0.00')));
    await Promise.all(Array.from({ length: 200 }, (_, index) => t.ledger.createTransfer(single(SETTLEMENT, customers[index % 10]!, '1.00', { code: 'pix' }))));
    const rows = await t.db.selectFrom('account_balances').select(['shard', 'debits_posted']).where('account_id', '=', SETTLEMENT).execute();
    expect(rows).toHaveLength(BANK_ACCOUNTS.centralBankSettlement.shards);
    expect(rows.filter(({ debits_posted }) => debits_posted > 0n).length).toBeGreaterThan(BANK_ACCOUNTS.centralBankSettlement.shards / 2);
    expect((await t.ledger.getBalance(SETTLEMENT)).posted.subtract(before)).toEqual(Money.fromCents(20_000));
    // A sharded account's postings have no one order, so its history shows no balance after each.
    expect((await t.ledger.getHistory(SETTLEMENT, { limit: 1 }))[0]).toMatchObject({ side: 'debit', balanceAfter: null });
  });
});
