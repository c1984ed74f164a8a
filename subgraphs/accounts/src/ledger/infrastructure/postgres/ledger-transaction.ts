import type { Kysely } from 'kysely';
import type { EventEnvelopes } from '@bank/messaging';
import { appendToOutbox, isUniqueViolation } from '@bank/store-postgres';
import type { LedgerTransaction, RefusedChange, TransferWrite } from '../../application';
import type { Account, AccountId, BalanceChange, LedgerEvent, Transfer, TransferId } from '../../domain';
import { toAccount, toAccountRow, toTransfer } from './mappers';
import { transferStatement, type TransferStatementResult } from './transfer-statement';
import type { LedgerDatabase } from './schema';

/** The writes of one ledger transaction, on the Kysely transaction that holds them. */
export class PostgresLedgerTransaction implements LedgerTransaction {
  constructor(
    private readonly trx: Kysely<LedgerDatabase>,
    private readonly envelopes: EventEnvelopes,
  ) {}

  async insertAccount(account: Account): Promise<boolean> {
    const inserted = await this.trx
      .insertInto('accounts')
      .values(toAccountRow(account))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
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

  async createTransfer(transfer: Transfer, changes: readonly BalanceChange[], events: readonly LedgerEvent[]): Promise<TransferWrite> {
    let result: TransferStatementResult;
    try {
      result = await transferStatement(this.trx, transfer, changes, this.envelopes(events));
    } catch (error) {
      // The transaction is aborted now: nothing it wrote can commit.
      if (isUniqueViolation(error, 'transfers_resolve_once')) return { outcome: 'already-resolved' };
      throw error;
    }
    if (result.inserted === 1) return { outcome: 'created' };
    const refused = changes.find(({ accountId }) => !result.lockedAccounts.includes(accountId));
    // A retry of a transfer that succeeded may well be refused by a guard now: the id decides first.
    if (refused === undefined || (await this.findTransfer(transfer.id)) !== null) return { outcome: 'exists' };
    return { outcome: 'refused', refused: await this.whyRefused(refused.accountId), accountId: refused.accountId };
  }

  async refuseDebits(id: AccountId, refused: boolean): Promise<boolean> {
    const updated = await this.trx
      .updateTable('account_balances')
      .set({ debits_refused: refused })
      .where('account_id', '=', id)
      .where((eb) => eb.exists(eb.selectFrom('accounts').select('id').where('id', '=', id).where('kind', '=', 'customer')))
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n;
  }

  private async whyRefused(id: AccountId): Promise<RefusedChange['refused']> {
    const row = await this.trx.selectFrom('account_balances').select('debits_refused').where('account_id', '=', id).executeTakeFirst();
    if (row === undefined) return 'ACCOUNT_NOT_FOUND';
    return row.debits_refused ? 'ACCOUNT_BLOCKED' : 'INSUFFICIENT_FUNDS';
  }

  async record(events: readonly LedgerEvent[]): Promise<void> {
    await appendToOutbox(this.trx, this.envelopes(events));
  }
}
