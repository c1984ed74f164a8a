import { sql } from 'kysely';
import pino from 'pino';
import { eventually } from '@bank/testing';
import { startLedgerJobs } from '../../src/ledger';
import { fundedAccount, hold, single, useLedger } from './support';

const gauge = async (registry: import('prom-client').Registry): Promise<number | undefined> =>
  (await registry.getSingleMetric('ledger_imbalance_cents')?.get())?.values[0]?.value;

describe('ledger reconciliation', () => {
  const t = useLedger('ledger_reconciliation');

  it('proves debits equal credits and every account equals its transfers, and reports 0 as ledger_imbalance_cents', async () => {
    const a = await fundedAccount(t.ledger, '100.00');
    const b = await fundedAccount(t.ledger, '0.00');
    await t.ledger.createTransfer(single(a, b, '10.00'));
    await t.ledger.createTransfer(hold(a, b, '5.00'));
    const report = await t.ledger.reconcile();
    expect(report).toMatchObject({ balanced: true, imbalanceCents: 0n, mismatches: [], checkedAt: t.clock.now() });
    expect(report.totals.debitsPosted).toEqual(report.totals.creditsPosted);
    expect(report.totals.debitsPending.toString()).toBe('5.00');
    expect(await gauge(t.registry)).toBe(0);
  });

  it('finds an account whose stored totals differ from its transfers, and reports the difference', async () => {
    const a = await fundedAccount(t.ledger, '40.00');
    const tamper = (delta: number) => sql`update account_balances set credits_posted = credits_posted + ${delta}::bigint where account_id = ${a}`.execute(t.db);
    await tamper(700);
    try {
      const report = await t.ledger.reconcile();
      expect(report.balanced).toBe(false);
      // 7.00 more credits than debits in the whole ledger, and 7.00 of difference on the account itself.
      expect(report.imbalanceCents).toBe(1400n);
      expect(report.mismatches).toEqual([
        expect.objectContaining({
          accountId: a,
          stored: expect.objectContaining({ creditsPosted: expect.objectContaining({ cents: 4700n }) }),
          fromTransfers: expect.objectContaining({ creditsPosted: expect.objectContaining({ cents: 4000n }) }),
        }),
      ]);
      expect(await gauge(t.registry)).toBe(1400);
    } finally {
      await tamper(-700);
    }
    expect((await t.ledger.reconcile()).balanced).toBe(true);
    expect(await gauge(t.registry)).toBe(0);
  });

  it('reconciles periodically, and logs an imbalance as an error', async () => {
    const a = await fundedAccount(t.ledger, '1.00');
    const logged: { level: number; msg: string }[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    await sql`update account_balances set debits_pending = debits_pending + 1 where account_id = ${a}`.execute(t.db);
    const jobs = startLedgerJobs({ ledger: t.ledger, logger, holdExpiryIntervalMs: 60_000, reconciliationIntervalMs: 20 });
    try {
      await eventually(async () => expect(await gauge(t.registry)).toBe(2));
      await eventually(() => expect(logged).toContainEqual(expect.objectContaining({ level: 50, msg: 'LEDGER OUT OF BALANCE', imbalanceCents: '2' })));
    } finally {
      await sql`update account_balances set debits_pending = debits_pending - 1 where account_id = ${a}`.execute(t.db);
      await jobs.stop();
    }
  });
});
