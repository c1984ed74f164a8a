import { sql, type Kysely } from 'kysely';
import { Money } from '@bank/kernel';
import type { CardPageRequest, CardStore, CardsTransaction, CardsUnitOfWork, CategorySpend, InvoicePayment, Positioned } from '../../application/cards/ports';
import type { ApprovedAuthorization, Card, CardAuthorization, InvoicePeriod } from '../../domain/cards';
import type { AccountId, ConnectedLedger } from '../../ledger';
import type { LedgerDatabase } from '../../ledger/infrastructure/postgres/schema';
import { cardChanges, clearingColumns, toAuthorization, toAuthorizationRow, toCard, toCardRow, toEntry, toEntryRow, toPayment } from './mappers';
import type { CheckingDatabase } from '../postgres/schema';
import type { CardsDatabase } from './schema';

type Database = LedgerDatabase & CardsDatabase;

/** Every column but the sealed number and its hash: nothing reads the number except revealCardDetails. */
const CARD_COLUMNS = [
  'id',
  'customer_id',
  'account_id',
  'kind',
  'form',
  'status',
  'status_reason',
  'status_at',
  'brand',
  'bin',
  'last4',
  'expiry_month',
  'expiry_year',
  'nickname',
  'limit_per_transaction',
  'limit_daily',
  'limit_monthly',
  'blocked_categories',
  'credit_line_id',
  'credit_limit',
  'closing_day',
  'replaces',
  'issued_at',
] as const;

export class PostgresCardStore implements CardStore {
  private readonly db: Kysely<Database>;

  constructor(db: Kysely<LedgerDatabase>) {
    this.db = db.withTables<CardsDatabase>();
  }

  async byId(id: string): Promise<Card | null> {
    const row = await this.db.selectFrom('cards').select(CARD_COLUMNS).where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : toCard(row);
  }

  async byPanHash(panHash: string): Promise<Card | null> {
    const row = await this.db.selectFrom('cards').select(CARD_COLUMNS).where('pan_hash', '=', panHash).executeTakeFirst();
    return row === undefined ? null : toCard(row);
  }

  async byCustomer(customerId: string): Promise<Card[]> {
    return (
      await this.db.selectFrom('cards').select(CARD_COLUMNS).where('customer_id', '=', customerId).orderBy('issued_at', 'desc').orderBy('id').execute()
    ).map(toCard);
  }

  async byAccount(accountId: AccountId): Promise<Card[]> {
    return (
      await this.db.selectFrom('cards').select(CARD_COLUMNS).where('account_id', '=', accountId).orderBy('issued_at', 'desc').orderBy('id').execute()
    ).map(toCard);
  }

  async encryptedPan(cardId: string): Promise<string | null> {
    const row = await this.db.selectFrom('cards').select('pan_encrypted').where('id', '=', cardId).executeTakeFirst();
    return row?.pan_encrypted ?? null;
  }

  async authorization(id: string): Promise<CardAuthorization | null> {
    const row = await this.db.selectFrom('card_authorizations').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? null : toAuthorization(row);
  }

  async authorizations(cardId: string, { limit, before }: CardPageRequest): Promise<Positioned<CardAuthorization>[]> {
    let query = this.db.selectFrom('card_authorizations').selectAll().where('card_id', '=', cardId);
    if (before !== null) query = query.where('position', '<', before);
    const rows = await query.orderBy('position', 'desc').limit(limit).execute();
    return rows.map((row) => ({ position: row.position, item: toAuthorization(row) }));
  }

  async invoiceEntries(lineId: AccountId, period: InvoicePeriod) {
    const rows = await this.db
      .selectFrom('card_invoice_entries')
      .selectAll()
      .where('line_id', '=', lineId)
      .where('period', '=', period)
      .orderBy('posted_at')
      .orderBy('id')
      .execute();
    return rows.map(toEntry);
  }

  async invoicePayments(lineId: AccountId, period: InvoicePeriod): Promise<InvoicePayment[]> {
    const rows = await this.db
      .selectFrom('card_invoice_payments')
      .selectAll()
      .where('line_id', '=', lineId)
      .where('period', '=', period)
      .orderBy('paid_at')
      .execute();
    return rows.map(toPayment);
  }

  async invoicePaymentByTransfer(transferId: string): Promise<InvoicePayment | null> {
    const row = await this.db.selectFrom('card_invoice_payments').selectAll().where('transfer_id', '=', transferId).executeTakeFirst();
    return row === undefined ? null : toPayment(row);
  }

  async firstInvoicePeriod(lineId: AccountId): Promise<InvoicePeriod | null> {
    const { rows } = await sql<{ period: string | null }>`
      select least((select min(period) from card_invoice_entries where line_id = ${lineId}),
                   (select min(period) from card_invoice_payments where line_id = ${lineId})) as period`.execute(this.db);
    return (rows[0]?.period ?? null) as InvoicePeriod | null;
  }

  async spendingByMcc(cardId: string, from: Date, to: Date): Promise<CategorySpend[]> {
    const rows = await this.db
      .selectFrom('card_authorizations')
      .select(['mcc', sql<bigint>`sum(captured - refunded)::bigint`.as('total'), sql<number>`count(*)::integer`.as('count')])
      .where('card_id', '=', cardId)
      .where('clearing', '=', 'CAPTURED')
      .where('cleared_at', '>=', from)
      .where('cleared_at', '<', to)
      .groupBy('mcc')
      .execute();
    return rows.map(({ mcc, total, count }) => ({ mcc, total: Money.fromCents(total), count }));
  }
}

/** The cards module's writes inside the ledger's transaction (ConnectedLedger.withinTransaction). */
export function postgresCardsUnitOfWork(connected: ConnectedLedger): CardsUnitOfWork {
  return {
    run: (work) =>
      connected.withinTransaction((unit) => {
        const db = unit.db.withTables<CardsDatabase & CheckingDatabase>();
        const tx: CardsTransaction = {
          async insertCard(card, { encryptedPan, panHash }) {
            const inserted = await db
              .insertInto('cards')
              .values(toCardRow(card, encryptedPan, panHash))
              .onConflict((conflict) => conflict.doNothing())
              .returning('id')
              .executeTakeFirst();
            if (inserted !== undefined) return 'inserted';
            const sameId = await db.selectFrom('cards').select('id').where('id', '=', card.id).executeTakeFirst();
            return sameId === undefined ? 'number-taken' : 'id-exists';
          },
          async lockCard(id) {
            const row = await db.selectFrom('cards').select(CARD_COLUMNS).where('id', '=', id).forUpdate().executeTakeFirst();
            return row === undefined ? null : toCard(row);
          },
          async updateCard(card) {
            await db.updateTable('cards').set(cardChanges(card)).where('id', '=', card.id).execute();
          },
          async addSpend(cardId, periods, amount) {
            for (const { key, limit } of periods) {
              if (limit !== null && amount.greaterThan(limit)) return false;
              const limitCents = limit?.cents ?? null;
              const row = await db
                .insertInto('card_spend')
                .values({ card_id: cardId, period: key, cents: amount.cents })
                .onConflict((conflict) =>
                  conflict
                    .columns(['card_id', 'period'])
                    .doUpdateSet({ cents: sql`card_spend.cents + excluded.cents` })
                    .where(sql<boolean>`${limitCents}::bigint is null or card_spend.cents + excluded.cents <= ${limitCents}::bigint`),
                )
                .returning('cents')
                .executeTakeFirst();
              if (row === undefined) return false;
            }
            return true;
          },
          async accountStatus(accountId) {
            const row = await db.selectFrom('checking_accounts').select('status').where('id', '=', accountId).executeTakeFirst();
            return row?.status ?? null;
          },
          async releaseSpend(cardId, periodKeys, amount) {
            await db
              .updateTable('card_spend')
              .set({ cents: sql`greatest(0, cents - ${amount.cents}::bigint)` })
              .where('card_id', '=', cardId)
              .where('period', 'in', [...periodKeys])
              .execute();
          },
          async insertAuthorization(authorization) {
            const inserted = await db
              .insertInto('card_authorizations')
              .values(toAuthorizationRow(authorization))
              .onConflict((conflict) => conflict.column('id').doNothing())
              .returning('id')
              .executeTakeFirst();
            return inserted !== undefined;
          },
          async lockAuthorization(id) {
            const row = await db
              .selectFrom('card_authorizations')
              .selectAll()
              .where('id', '=', id)
              .where('status', '=', 'APPROVED')
              .forUpdate()
              .executeTakeFirst();
            return row === undefined ? null : (toAuthorization(row) as ApprovedAuthorization);
          },
          async updateAuthorization(authorization) {
            await db.updateTable('card_authorizations').set(clearingColumns(authorization)).where('id', '=', authorization.id).execute();
          },
          async insertInvoiceEntries(entries) {
            if (entries.length > 0) await db.insertInto('card_invoice_entries').values(entries.map(toEntryRow)).execute();
          },
          async insertInvoicePayment(payment) {
            await db
              .insertInto('card_invoice_payments')
              .values({
                transfer_id: payment.transferId,
                line_id: payment.lineId,
                period: payment.period,
                amount: payment.amount.cents,
                paid_at: payment.paidAt,
              })
              .execute();
          },
          createTransfer: (request) => unit.createTransfer(request),
          record: (events) => unit.record(events),
        };
        return work(tx);
      }),
  };
}
