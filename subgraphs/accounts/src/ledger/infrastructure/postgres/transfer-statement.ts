import { sql, type Kysely } from 'kysely';
import type { CloudEvent } from '@bank/messaging';
import { prepared } from '@bank/store-postgres';
import type { BalanceChange, Transfer } from '../../domain';
import { toTransferRow } from './mappers';
import type { LedgerDatabase } from './schema';

export interface TransferStatementResult {
  /** 1 when the transfer was created with everything else; 0 when nothing at all was written. */
  readonly inserted: number;
  /** The accounts whose balance row passed its guard and was locked; one missing was refused (or does not exist). */
  readonly lockedAccounts: readonly string[];
}

/**
 * Creates a transfer in one statement, so that alone it is one round trip and one commit: locks the
 * balance rows it changes in account order (opposite transfers never deadlock) where each guarded
 * change (a new debit) is allowed on the account and stays within its limit on the row as locked (PostgreSQL re-evaluates the
 * condition on the newest version after waiting for a concurrent writer); only if every row passed,
 * inserts the transfer unless its id exists; only if inserted, applies the changes, records the
 * postings with the balance after each, keeps the list of open holds, and stores the events in the outbox. Nothing is
 * read-then-written: the check and the write are one statement.
 */
export async function transferStatement(
  trx: Kysely<LedgerDatabase>,
  transfer: Transfer,
  changes: readonly BalanceChange[],
  events: readonly CloudEvent[],
): Promise<TransferStatementResult> {
  const row = toTransferRow(transfer);
  const changeRows = changes.map(
    (change, index) =>
      sql`(${change.accountId}::text, ${change.debitsPosted}::bigint, ${change.creditsPosted}::bigint, ${change.debitsPending}::bigint, ${change.creditsPending}::bigint,
        ${change.guarded}::boolean, ${change.posting?.side ?? null}::text, ${change.posting?.amount.cents ?? null}::bigint, ${index}::integer)`,
  );
  const eventRows = events.map((event) => sql`(${event.subject}::text, ${event.id}::text, ${JSON.stringify(event)}::jsonb)`);
  const { rows } = await prepared(sql<{ inserted: bigint; locked_accounts: string[] }>`
    with changes (account_id, debits_posted, credits_posted, debits_pending, credits_pending, guarded, posting_side, posting_amount, ord) as (
      values ${sql.join(changeRows)}
    ),
    locked as (
      select b.account_id, b.shard, a.normal, a.shards, c.debits_posted, c.credits_posted, c.debits_pending, c.credits_pending, c.posting_side, c.posting_amount
      from changes c
      join accounts a on a.id = c.account_id
      join account_balances b on b.account_id = a.id and b.shard = mod(${transfer.shardKey}::integer, a.shards)
      where not c.guarded or (not b.debits_refused and (a.overdraft_limit is null
        or b.debits_posted + b.debits_pending + c.debits_posted + c.debits_pending <= b.credits_posted + a.overdraft_limit))
      order by c.ord
      for update of b
    ),
    inserted as (
      insert into transfers (id, kind, pending_id, debit_account_id, credit_account_id, amount, code, description, shard_key, timeout_at, void_reason, created_at)
      select ${row.id}, ${row.kind}, ${row.pending_id}, ${row.debit_account_id}, ${row.credit_account_id}, ${row.amount}::bigint, ${row.code},
        ${row.description}, ${row.shard_key}::integer, ${row.timeout_at}::timestamptz, ${row.void_reason}, ${row.created_at}::timestamptz
      where (select count(*) from locked) = ${changes.length}
      on conflict (id) do nothing
      returning id
    ),
    changed as (
      update account_balances b set
        debits_posted = b.debits_posted + l.debits_posted, credits_posted = b.credits_posted + l.credits_posted,
        debits_pending = b.debits_pending + l.debits_pending, credits_pending = b.credits_pending + l.credits_pending
      from locked l
      where b.account_id = l.account_id and b.shard = l.shard and exists (select 1 from inserted)
      returning b.account_id, b.debits_posted, b.credits_posted
    ),
    posted as (
      insert into entries (account_id, transfer_id, side, amount, balance_after, posted_at)
      select c.account_id, ${row.id}, l.posting_side, l.posting_amount,
        -- Only one locked row orders an account's postings: a sharded account's have no single balance after each.
        case when l.shards = 1 then case l.normal when 'credit' then c.credits_posted - c.debits_posted else c.debits_posted - c.credits_posted end end,
        ${row.created_at}::timestamptz
      from changed c join locked l on l.account_id = c.account_id
      where l.posting_side is not null
    ),
    opened as (
      insert into open_holds (transfer_id, timeout_at)
      select id, ${row.timeout_at}::timestamptz from inserted where ${row.kind}::text = 'pending'
    ),
    resolved as (
      delete from open_holds where transfer_id = ${row.pending_id}::text and exists (select 1 from inserted)
    ),
    recorded as (
      insert into outbox (aggregate_id, event_id, event)
      select e.aggregate_id, e.event_id, e.event from (values ${sql.join(eventRows)}) e (aggregate_id, event_id, event)
      where exists (select 1 from inserted)
    )
    select (select count(*) from inserted) as inserted, array(select account_id from locked) as locked_accounts`).execute(trx);
  const [result] = rows;
  if (result === undefined) throw new Error('The transfer statement returned no row');
  return { inserted: Number(result.inserted), lockedAccounts: result.locked_accounts };
}
