import type { Kysely } from 'kysely';
import type { EventEnvelopes } from '@bank/messaging';
import { appendToOutbox, isUniqueViolation } from '@bank/store-postgres';
import type { LedgerTransaction, TransferWrite } from '../../application';
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
    const known = (await this.findAccount(refused.accountId)) !== null;
    return { outcome: 'refused', refused: known ? 'INSUFFICIENT_FUNDS' : 'ACCOUNT_NOT_FOUND', accountId: refused.accountId };
  }

  async record(events: readonly LedgerEvent[]): Promise<void> {
    await appendToOutbox(this.trx, this.envelopes(events));
  }
}
