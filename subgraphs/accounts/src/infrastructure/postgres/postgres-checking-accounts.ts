import { sql, type Kysely, type Selectable } from 'kysely';
import { Money, type Stored } from '@bank/kernel';
import type { EventEnvelopes } from '@bank/messaging';
import { PostgresAggregateStore, type AggregateRowMapper } from '@bank/store-postgres';
import type { CheckingAccountStore, StatementLine, StatementQuery } from '../../application/ports';
import { accountNumberOf, statementKindOf, type CheckingAccount } from '../../domain';
import { parseAccountId, parseTransferId, type AccountId, type TransferCode } from '../../ledger/domain';
import type { LedgerDatabase } from '../../ledger/infrastructure/postgres/schema';
import type { CheckingAccountsTable, CheckingDatabase } from './schema';

/** Shown as the counterparty's bank on statements: this bank's name. */
const THIS_BANK = 'Bank';

type Database = LedgerDatabase & CheckingDatabase;
type CheckingAccountRow = Omit<Selectable<CheckingAccountsTable>, 'version'>;

const rows: AggregateRowMapper<CheckingAccount, CheckingAccountRow> = {
  name: 'checking account',
  table: 'checking_accounts',
  toRow: (account) => ({
    id: account.id,
    customer_id: account.customerId,
    branch: account.branch,
    number: account.number,
    holder_name: account.holderName,
    holder_document: account.holderDocument,
    status: account.status,
    blocked_reason: account.status === 'BLOCKED' ? account.blockedReason : null,
    blocked_at: account.status === 'BLOCKED' ? account.blockedAt : null,
    closed_at: account.status === 'CLOSED' ? account.closedAt : null,
    opened_at: account.openedAt,
  }),
  fromRow: toAccount,
};

/** Checking accounts (an aggregate store; the version is the optimistic lock of a block), their statements from the ledger's entries. */
export class PostgresCheckingAccounts extends PostgresAggregateStore<CheckingAccount, CheckingAccountRow, LedgerDatabase> implements CheckingAccountStore {
  private readonly tables: Kysely<Database>;

  constructor(db: Kysely<LedgerDatabase>, envelopes: EventEnvelopes, onEventsSaved: () => void) {
    super({ db, rows, envelopes, onEventsSaved });
    this.tables = db.withTables<CheckingDatabase>();
  }

  async open(account: Parameters<CheckingAccountStore['open']>[0]): Promise<Stored<CheckingAccount>> {
    const { rows } = await sql<{ next: bigint }>`select nextval('checking_account_numbers') as next`.execute(this.tables);
    const next = rows[0]?.next ?? 0n;
    const inserted = await this.tables
      .insertInto('checking_accounts')
      .values({
        id: account.id,
        customer_id: account.customerId,
        branch: account.branch,
        number: accountNumberOf(next),
        holder_name: account.holderName,
        holder_document: account.holderDocument,
        status: 'ACTIVE',
        opened_at: account.openedAt,
      })
      .onConflict((conflict) => conflict.column('customer_id').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted !== undefined) return this.stored(inserted);
    const [existing] = await this.byCustomer(account.customerId);
    if (existing === undefined) throw new Error(`checking account of ${account.customerId} neither inserted nor found`);
    return existing;
  }

  async byCustomer(customerId: string): Promise<Stored<CheckingAccount>[]> {
    const found = await this.tables.selectFrom('checking_accounts').selectAll().where('customer_id', '=', customerId).orderBy('opened_at').execute();
    return found.map((row) => this.stored(row));
  }

  async byNumber(branch: string, number: string): Promise<Stored<CheckingAccount> | null> {
    const row = await this.tables.selectFrom('checking_accounts').selectAll().where('branch', '=', branch).where('number', '=', number).executeTakeFirst();
    return row === undefined ? null : this.stored(row);
  }

  async statement(id: AccountId, { from, to, after, limit }: StatementQuery): Promise<StatementLine[]> {
    let query = this.lines(id);
    if (from !== null) query = query.where('e.posted_at', '>=', from);
    if (to !== null) query = query.where('e.posted_at', '<', to);
    if (after !== null) query = query.where('e.position', '<', after);
    return (await query.orderBy('e.position', 'desc').limit(limit).execute()).map(toLine);
  }

  async statementLine(id: AccountId, transferId: string): Promise<StatementLine | null> {
    const row = await this.lines(id).where('e.transfer_id', '=', transferId).orderBy('e.position', 'desc').executeTakeFirst();
    return row === undefined ? null : toLine(row);
  }

  /** Each posting to the account with its transfer and, when the other side is a customer's account, its holder. */
  private lines(id: AccountId) {
    return this.tables
      .selectFrom('entries as e')
      .innerJoin('transfers as t', 't.id', 'e.transfer_id')
      .leftJoin('checking_accounts as c', (join) =>
        join.onRef('c.id', '=', sql<string>`case when e.side = 'debit' then t.credit_account_id else t.debit_account_id end`),
      )
      .select([
        'e.position',
        'e.transfer_id',
        'e.side',
        'e.amount',
        'e.balance_after',
        'e.posted_at',
        't.code',
        't.description',
        'c.holder_name',
        'c.holder_document',
      ])
      .where('e.account_id', '=', id);
  }
}

interface LineRow {
  readonly position: bigint;
  readonly transfer_id: string;
  readonly side: 'debit' | 'credit';
  readonly amount: bigint;
  readonly balance_after: bigint | null;
  readonly posted_at: Date;
  readonly code: string;
  readonly description: string | null;
  readonly holder_name: string | null;
  readonly holder_document: string | null;
}

const toLine = (row: LineRow): StatementLine => ({
  position: row.position,
  transferId: parseTransferId(row.transfer_id),
  postedAt: row.posted_at,
  amount: Money.fromCents(row.side === 'debit' ? -row.amount : row.amount),
  // A customer account has one balance row, so every posting to it has its balance after.
  balanceAfter: Money.fromCents(row.balance_after ?? 0n),
  description: row.description,
  kind: statementKindOf(row.code as TransferCode, row.side),
  counterparty: row.holder_name === null || row.holder_document === null ? null : { name: row.holder_name, document: row.holder_document, bank: THIS_BANK },
});

function toAccount(row: CheckingAccountRow): CheckingAccount {
  const opened = {
    id: parseAccountId(row.id),
    customerId: row.customer_id,
    branch: row.branch,
    number: row.number,
    holderName: row.holder_name,
    holderDocument: row.holder_document,
    openedAt: row.opened_at,
  };
  switch (row.status) {
    case 'ACTIVE':
      return { ...opened, status: 'ACTIVE' };
    case 'BLOCKED':
      return { ...opened, status: 'BLOCKED', blockedReason: row.blocked_reason ?? '', blockedAt: row.blocked_at ?? row.opened_at };
    case 'CLOSED':
      return { ...opened, status: 'CLOSED', closedAt: row.closed_at ?? row.opened_at };
  }
}
