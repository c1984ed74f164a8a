import { sql, type Kysely } from 'kysely';
import type { ReconciliationFacts } from '../../application';
import type { AccountId } from '../../domain';
import { toTotals, type TotalsRow } from './mappers';
import type { LedgerDatabase } from './schema';

type Prefixed<P extends string> = { [K in keyof TotalsRow as `${P}${K}`]: bigint };
type MismatchRow = { account_id: string } & Prefixed<'stored_'> & Prefixed<'derived_'>;

/**
 * What every account's totals should be, from its transfers alone: posted from single transfers and
 * posts, pending from holds that nothing has resolved yet. Compared with the stored totals.
 */
const COMPARISON = sql`
  with movements as (
    select t.debit_account_id as account_id,
      case when t.kind in ('single', 'post') then t.amount else 0 end as debits_posted, 0::bigint as credits_posted,
      case when t.kind = 'pending' and r.id is null then t.amount else 0 end as debits_pending, 0::bigint as credits_pending
    from transfers t left join transfers r on r.pending_id = t.id
    union all
    select t.credit_account_id, 0, case when t.kind in ('single', 'post') then t.amount else 0 end,
      0, case when t.kind = 'pending' and r.id is null then t.amount else 0 end
    from transfers t left join transfers r on r.pending_id = t.id
  ),
  derived as (
    select account_id, sum(debits_posted)::bigint as debits_posted, sum(credits_posted)::bigint as credits_posted,
      sum(debits_pending)::bigint as debits_pending, sum(credits_pending)::bigint as credits_pending
    from movements group by account_id
  ),
  stored as (
    select account_id, sum(debits_posted)::bigint as debits_posted, sum(credits_posted)::bigint as credits_posted,
      sum(debits_pending)::bigint as debits_pending, sum(credits_pending)::bigint as credits_pending
    from account_balances group by account_id
  ),
  compared as (
    select coalesce(s.account_id, d.account_id) as account_id,
      coalesce(s.debits_posted, 0) as stored_debits_posted, coalesce(s.credits_posted, 0) as stored_credits_posted,
      coalesce(s.debits_pending, 0) as stored_debits_pending, coalesce(s.credits_pending, 0) as stored_credits_pending,
      coalesce(d.debits_posted, 0) as derived_debits_posted, coalesce(d.credits_posted, 0) as derived_credits_posted,
      coalesce(d.debits_pending, 0) as derived_debits_pending, coalesce(d.credits_pending, 0) as derived_credits_pending
    from stored s full join derived d on d.account_id = s.account_id
  )`;

const pick = (row: MismatchRow, prefix: 'stored_' | 'derived_'): TotalsRow => ({
  debits_posted: row[`${prefix}debits_posted`],
  credits_posted: row[`${prefix}credits_posted`],
  debits_pending: row[`${prefix}debits_pending`],
  credits_pending: row[`${prefix}credits_pending`],
});

/** One snapshot (repeatable read), so that transfers committing meanwhile cannot show as a difference. */
export async function reconciliationFacts(db: Kysely<LedgerDatabase>, limit: number): Promise<ReconciliationFacts> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const { rows: mismatched } = await sql<MismatchRow>`
        ${COMPARISON}
        select * from compared
        where (stored_debits_posted, stored_credits_posted, stored_debits_pending, stored_credits_pending)
          is distinct from (derived_debits_posted, derived_credits_posted, derived_debits_pending, derived_credits_pending)
        order by account_id limit ${limit}`.execute(trx);
      const { rows } = await sql<TotalsRow & { mismatch_cents: bigint }>`
        ${COMPARISON}
        select sum(stored_debits_posted)::bigint as debits_posted, sum(stored_credits_posted)::bigint as credits_posted,
          sum(stored_debits_pending)::bigint as debits_pending, sum(stored_credits_pending)::bigint as credits_pending,
          sum(abs(stored_debits_posted - derived_debits_posted) + abs(stored_credits_posted - derived_credits_posted)
            + abs(stored_debits_pending - derived_debits_pending) + abs(stored_credits_pending - derived_credits_pending))::bigint as mismatch_cents
        from compared`.execute(trx);
      const [totals] = rows;
      if (totals === undefined) throw new Error('The reconciliation totals query returned no row');
      return {
        stored: toTotals(totals),
        mismatches: mismatched.map((row) => ({
          accountId: row.account_id as AccountId,
          stored: toTotals(pick(row, 'stored_')),
          fromTransfers: toTotals(pick(row, 'derived_')),
        })),
        mismatchCents: totals.mismatch_cents,
      };
    });
}
