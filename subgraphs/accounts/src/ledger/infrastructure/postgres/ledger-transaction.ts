import { sql, type Kysely } from 'kysely';
import type { EventEnvelopes } from '@bank/outbox';
import { appendToOutbox, isUniqueViolation } from '@bank/store-postgres';
import type { LedgerTransaction, RefusedChange } from '../../application';
import { postedOnNormalSide, type Account, type AccountId, type BalanceChange, type LedgerEvent, type Transfer, type TransferId } from '../../domain';
import { toAccount, toAccountRow, toTransfer, toTransferRow } from './mappers';
import type { LedgerDatabase } from './schema';

/** The writes of one ledger transaction, on the Kysely transaction that holds them. */
export class PostgresLedgerTransaction implements LedgerTransaction {
  constructor(
    private readonly trx: Kysely<LedgerDatabase>,
    private readonly envelopes: EventEnvelopes,
  ) {}

  async insertAccount(account: Account): Promise<boolean> {
    const inserted = await this.trx.insertInto('accounts').values(toAccountRow(account)).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
    if (inserted === undefined) return false;
    await this.trx.insertInto('account_balances').values({ account_id: account.id, shard: 0 }).execute();
    return true;
  }

  async findAccount(id: AccountId): Promise<Account | null> {
    const row = await this.trx.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : toAccount(row);
  }

  async findTransfer(id: TransferId): Promise<Transfer | null> {
    const row = await this.trx.selectFrom('transfers').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : toTransfer(row);
  }

  async insertTransfer(transfer: Transfer): Promise<'inserted' | 'exists' | 'already-resolved'> {
    try {
      const inserted = await this.trx.insertInto('transfers').values(toTransferRow(transfer)).onConflict((oc) => oc.column('id').doNothing()).returning('id').executeTakeFirst();
      return inserted === undefined ? 'exists' : 'inserted';
    } catch (error) {
      // The transaction is aborted now: nothing it wrote can commit.
      if (isUniqueViolation(error, 'transfers_resolve_once')) return 'already-resolved';
      throw error;
    }
  }

  async applyBalanceChanges(transfer: Transfer, changes: readonly BalanceChange[]): Promise<RefusedChange | null> {
    const entries = [];
    for (const change of changes) {
      const row = await this.applyOne(change);
      if (row === undefined) return { refused: (await this.findAccount(change.accountId)) === null ? 'ACCOUNT_NOT_FOUND' : 'INSUFFICIENT_FUNDS', accountId: change.accountId };
      if (change.posting === null) continue;
      entries.push({
        account_id: change.accountId,
        transfer_id: transfer.id,
        side: change.posting.side,
        amount: change.posting.amount.cents,
        // Only one row's lock orders the postings of an account: a sharded account's have no single balance after.
        balance_after: row.shards === 1 ? postedOnNormalSide(row.normal, row.debits_posted, row.credits_posted).cents : null,
        posted_at: transfer.createdAt,
      });
    }
    if (entries.length > 0) await this.trx.insertInto('entries').values(entries).execute();
    return null;
  }

  /**
   * One statement: picks the balance row, checks the account's limit on the row as it is once
   * locked (PostgreSQL re-evaluates the condition after waiting for a concurrent writer), and
   * applies the change. No row back: no such account, or the guard refused.
   */
  private applyOne({ accountId, shardKey, debitsPosted, creditsPosted, debitsPending, creditsPending, guarded }: BalanceChange) {
    const debitsRaised = debitsPosted + debitsPending;
    return this.trx
      .updateTable('account_balances as b')
      .from('accounts as a')
      .set((eb) => ({
        debits_posted: eb('b.debits_posted', '+', debitsPosted),
        credits_posted: eb('b.credits_posted', '+', creditsPosted),
        debits_pending: eb('b.debits_pending', '+', debitsPending),
        credits_pending: eb('b.credits_pending', '+', creditsPending),
      }))
      .whereRef('b.account_id', '=', 'a.id')
      .where('a.id', '=', accountId)
      .where('b.shard', '=', sql<number>`mod(${shardKey}::integer, a.shards)`)
      .$if(guarded, (query) =>
        query.where(sql<boolean>`(a.overdraft_limit is null or b.debits_posted + b.debits_pending + ${debitsRaised}::bigint <= b.credits_posted + a.overdraft_limit)`),
      )
      .returning(['b.debits_posted', 'b.credits_posted', 'a.normal', 'a.shards'])
      .executeTakeFirst();
  }

  async record(events: readonly LedgerEvent[]): Promise<void> {
    await appendToOutbox(this.trx, this.envelopes(events));
  }
}
