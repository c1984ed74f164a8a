import { setTimeout as sleep } from 'node:timers/promises';
import { useHarness } from '@bank/testing';
import { sql } from 'kysely';
import { deposit, newCustomer, newKey, openAccount, STAFF, startAccounts, TRANSFER } from './support';

const harness = useHarness(startAccounts);

const BLOCK = `mutation($input: AccountStatusChangeInput!) { blockAccount(input: $input) { account { status } } }`;

/** The account's posted balance in cents, read straight from its balance row. */
async function postedCents(accountId: string): Promise<bigint> {
  const row = await harness.db
    .selectFrom('account_balances')
    .select(sql<bigint>`credits_posted - debits_posted`.as('posted'))
    .where('account_id', '=', accountId)
    .executeTakeFirstOrThrow();
  return BigInt(row.posted);
}

/** Resolves once at least `count` sessions of the database wait for a row lock. */
async function lockWaiters(count: number): Promise<void> {
  for (;;) {
    const { rows } = await sql<{ waiting: bigint }>`
      select count(*) as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(harness.db);
    if (BigInt(rows[0]?.waiting ?? 0) >= count) return;
    await sleep(10);
  }
}

describe('blockAccount racing a transfer', () => {
  it('lets no debit post after it returns, even one that was checked before the block', async () => {
    const ana = newCustomer();
    const from = await openAccount(harness.as(ana));
    await deposit(harness.as(ana), from.id, '10.00');
    const to = await openAccount(harness.as(newCustomer()));

    // An earlier debit still holds the account's balance row: the transfer below passes every check and waits for the row.
    let release = (): void => undefined;
    let heldRow = (): void => undefined;
    const rowHeld = new Promise<void>((resolve) => (heldRow = resolve));
    const holder = harness.db.transaction().execute(async (trx) => {
      await sql`select 1 from account_balances where account_id = ${from.id} for update`.execute(trx);
      heldRow();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await rowHeld;
    const transfer = harness.as(ana)(TRANSFER, { input: { fromAccountId: from.id, toBranch: '0001', toNumber: to.number, amount: '1.00' }, key: newKey() });
    await lockWaiters(1);

    let balanceWhenBlocked: bigint | null = null;
    const blocking = harness
      .as(STAFF)(BLOCK, { input: { accountId: from.id, reason: 'Suspected fraud' } })
      .then(async (result) => {
        balanceWhenBlocked = await postedCents(from.id);
        return result;
      });
    // The block either returned already (nothing made it wait) or waits for the row behind the transfer.
    await Promise.race([blocking, lockWaiters(2)]);
    release();
    await holder;

    expect((await blocking).errors).toBeUndefined();
    await transfer;
    expect(await postedCents(from.id)).toBe(balanceWhenBlocked);
  });
});
