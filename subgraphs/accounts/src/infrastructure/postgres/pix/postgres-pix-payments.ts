import { sql, type Kysely, type Selectable } from 'kysely';
import { Money, type DomainEvent } from '@bank/kernel';
import type { OrderOutcome, PixPaymentsStore, PlaceOrder, ReceiptPage } from '../../../application/pix';
import {
  defaultLimits,
  startOfBrasiliaDay,
  startOfNight,
  type PixLimit,
  type PixLimits,
  type PixOrder,
  type PixReceipt,
  type PixUsage,
} from '../../../domain/pix';
import { parseAccountId, type ConnectedLedger, type TransferId, type TransferRequest } from '../../../ledger';
import type { LedgerDatabase } from '../../../ledger/infrastructure/postgres/schema';
import type { PixDatabase, PixLimitsTable, PixOrdersTable, PixReceiptsTable } from './schema';

type Database = LedgerDatabase & PixDatabase;

/** Pix orders, limits and receipts beside the ledger: every write shares the ledger's transaction. */
export class PostgresPixPayments implements PixPaymentsStore {
  private readonly db: Kysely<Database>;

  constructor(private readonly ledger: Pick<ConnectedLedger, 'db' | 'withinTransaction'>) {
    this.db = ledger.db.withTables<PixDatabase>();
  }

  placeOrder({ order, defaults, check, hold, event }: PlaceOrder): Promise<PixOrder> {
    return this.ledger.withinTransaction(async ({ db, createTransfers, record }) => {
      const trx = db.withTables<PixDatabase>();
      await trx
        .insertInto('pix_limits')
        .values(toLimitsRow(order.accountId, defaultLimits(defaults)))
        .onConflict((conflict) => conflict.column('account_id').doNothing())
        .execute();
      // The account's Pix run one at a time from here to the commit: the limits hold however many race.
      const limits = await trx.selectFrom('pix_limits').selectAll().where('account_id', '=', order.accountId).forUpdate().executeTakeFirstOrThrow();
      const existing = await findOrder(trx, order.id);
      if (existing !== null) return existing;
      check(toLimits(limits), await usage(trx, order.accountId, order.orderedAt));
      await trx.insertInto('pix_orders').values(toOrderRow(order)).execute();
      await createTransfers([hold]);
      await record([event]);
      return order;
    });
  }

  findOrder(id: string): Promise<PixOrder | null> {
    return findOrder(this.db, id);
  }

  resolveOrder(
    outcome: OrderOutcome,
    transfers: readonly TransferRequest[],
    receipt: PixReceipt | null,
    { releaseExpiredHold, events = [] }: { releaseExpiredHold?: TransferId; events?: readonly DomainEvent[] } = {},
  ): Promise<boolean> {
    return this.ledger.withinTransaction(async ({ db, createTransfers, releaseExpiredHold: release, record }) => {
      const trx = db.withTables<PixDatabase>();
      const resolved = await trx
        .updateTable('pix_orders')
        .set({
          status: outcome.status,
          end_to_end_id: outcome.status === 'COMPLETED' ? outcome.endToEndId : null,
          refusal_code: outcome.status === 'FAILED' ? outcome.refusal.code : null,
          refusal_reason: outcome.status === 'FAILED' ? outcome.refusal.reason : null,
          failure_message: outcome.status === 'FAILED' ? outcome.failureMessage : null,
          resolved_at: outcome.resolvedAt,
        })
        .where('id', '=', outcome.id)
        .where('status', '=', 'PENDING')
        .returning('id')
        .executeTakeFirst();
      if (resolved === undefined) return false;
      if (releaseExpiredHold !== undefined) await release(releaseExpiredHold);
      await createTransfers(transfers);
      if (receipt !== null) await insertReceipt(trx, receipt);
      await record(events);
      return true;
    });
  }

  record(transfers: readonly TransferRequest[], receipt: PixReceipt): Promise<void> {
    return this.ledger.withinTransaction(async ({ db, createTransfers }) => {
      await createTransfers(transfers);
      await insertReceipt(db.withTables<PixDatabase>(), receipt);
    });
  }

  async limits(accountId: string): Promise<PixLimits | null> {
    const row = await this.db.selectFrom('pix_limits').selectAll().where('account_id', '=', accountId).executeTakeFirst();
    return row === undefined ? null : toLimits(row);
  }

  async saveLimits(accountId: string, limits: PixLimits): Promise<void> {
    const row = toLimitsRow(accountId, limits);
    await this.db
      .insertInto('pix_limits')
      .values(row)
      .onConflict((conflict) => conflict.column('account_id').doUpdateSet(row))
      .execute();
  }

  async receipt(endToEndId: string): Promise<PixReceipt | null> {
    const row = await this.db.selectFrom('pix_receipts').selectAll().where('end_to_end_id', '=', endToEndId).executeTakeFirst();
    return row === undefined ? null : toReceipt(row);
  }

  async receivedBy(customerId: string, { first, after }: ReceiptPage): Promise<{ position: bigint; receipt: PixReceipt }[]> {
    let query = this.db.selectFrom('pix_receipts').selectAll().where('receiver_customer_id', '=', customerId);
    if (after !== null) query = query.where('position', '<', after);
    const rows = await query.orderBy('position', 'desc').limit(first).execute();
    return rows.map((row) => ({ position: row.position, receipt: toReceipt(row) }));
  }
}

async function findOrder(db: Kysely<Database>, id: string): Promise<PixOrder | null> {
  const row = await db.selectFrom('pix_orders').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toOrder(row);
}

/** What the account sent since midnight and, at night, since 20:00 (Brasília), counting every order not refused. */
async function usage(db: Kysely<Database>, accountId: string, at: Date): Promise<PixUsage> {
  const day = startOfBrasiliaDay(at);
  const night = startOfNight(at);
  const since = night !== null && night < day ? night : day;
  const row = await db
    .selectFrom('pix_orders')
    .select([
      sql<string>`coalesce(sum(amount) filter (where ordered_at >= ${day}), 0)`.as('today'),
      sql<string>`coalesce(sum(amount) filter (where ordered_at >= ${night ?? at}), 0)`.as('tonight'),
    ])
    .where('account_id', '=', accountId)
    .where('status', '<>', 'FAILED')
    .where('ordered_at', '>=', since)
    .executeTakeFirstOrThrow();
  return { today: Money.fromCents(BigInt(row.today)), tonight: night === null ? Money.ZERO : Money.fromCents(BigInt(row.tonight)) };
}

async function insertReceipt(db: Kysely<Database>, receipt: PixReceipt): Promise<void> {
  const { payer, receiver } = receipt;
  await db
    .insertInto('pix_receipts')
    .values({
      end_to_end_id: receipt.endToEndId,
      amount: receipt.amount.cents,
      occurred_at: receipt.occurredAt,
      payer_name: payer.name,
      payer_document: payer.document,
      payer_ispb: payer.institution.ispb,
      payer_institution: payer.institution.name,
      payer_customer_id: payer.customerId,
      receiver_name: receiver.name,
      receiver_document: receiver.document,
      receiver_ispb: receiver.institution.ispb,
      receiver_institution: receiver.institution.name,
      receiver_customer_id: receiver.customerId,
      key: receipt.key,
      txid: receipt.txid,
      description: receipt.description,
    })
    .onConflict((conflict) => conflict.column('end_to_end_id').doNothing())
    .execute();
}

const toOrderRow = (order: PixOrder): PixOrdersTable => ({
  id: order.id,
  account_id: order.accountId,
  customer_id: order.customerId,
  target_type: order.target.type,
  target: order.target.type === 'KEY' ? order.target.key : order.target.brCode,
  amount: order.amount.cents,
  description: order.description,
  status: order.status,
  end_to_end_id: order.status === 'COMPLETED' ? order.endToEndId : null,
  refusal_code: order.status === 'FAILED' ? order.refusal.code : null,
  refusal_reason: order.status === 'FAILED' ? order.refusal.reason : null,
  failure_message: order.status === 'FAILED' ? order.failureMessage : null,
  ordered_at: order.orderedAt,
  resolved_at: order.status === 'PENDING' ? null : order.resolvedAt,
});

function toOrder(row: Selectable<PixOrdersTable>): PixOrder {
  const fields = {
    id: row.id,
    accountId: parseAccountId(row.account_id),
    customerId: row.customer_id,
    target: row.target_type === 'KEY' ? ({ type: 'KEY', key: row.target } as const) : ({ type: 'BR_CODE', brCode: row.target } as const),
    amount: Money.fromCents(BigInt(row.amount)),
    description: row.description,
    orderedAt: row.ordered_at,
  };
  if (row.status === 'PENDING' || row.resolved_at === null) return { ...fields, status: 'PENDING' };
  if (row.status === 'COMPLETED') return { ...fields, status: 'COMPLETED', endToEndId: row.end_to_end_id ?? '', resolvedAt: row.resolved_at };
  return {
    ...fields,
    status: 'FAILED',
    refusal: { code: (row.refusal_code ?? 'UNPROCESSABLE') as 'UNPROCESSABLE', reason: row.refusal_reason ?? '' },
    failureMessage: row.failure_message ?? '',
    resolvedAt: row.resolved_at,
  };
}

const limitColumns = (prefix: 'per_transaction' | 'daily' | 'nightly', limit: PixLimit) => ({
  [prefix]: limit.value.cents,
  [`${prefix}_raise_to`]: limit.raise?.to.cents ?? null,
  [`${prefix}_raise_at`]: limit.raise?.effectiveAt ?? null,
});

const toLimitsRow = (accountId: string, limits: PixLimits): PixLimitsTable =>
  ({
    account_id: accountId,
    ...limitColumns('per_transaction', limits.perTransaction),
    ...limitColumns('daily', limits.daily),
    ...limitColumns('nightly', limits.nightly),
  }) as PixLimitsTable;

const toLimit = (value: bigint, raiseTo: bigint | null, raiseAt: Date | null): PixLimit => ({
  value: Money.fromCents(BigInt(value)),
  raise: raiseTo === null || raiseAt === null ? null : { to: Money.fromCents(BigInt(raiseTo)), effectiveAt: raiseAt },
});

const toLimits = (row: Selectable<PixLimitsTable>): PixLimits => ({
  perTransaction: toLimit(row.per_transaction, row.per_transaction_raise_to, row.per_transaction_raise_at),
  daily: toLimit(row.daily, row.daily_raise_to, row.daily_raise_at),
  nightly: toLimit(row.nightly, row.nightly_raise_to, row.nightly_raise_at),
});

const toReceipt = (row: Selectable<PixReceiptsTable>): PixReceipt => ({
  endToEndId: row.end_to_end_id,
  amount: Money.fromCents(BigInt(row.amount)),
  occurredAt: row.occurred_at,
  payer: {
    name: row.payer_name,
    document: row.payer_document,
    customerId: row.payer_customer_id,
    institution: { ispb: row.payer_ispb, name: row.payer_institution },
  },
  receiver: {
    name: row.receiver_name,
    document: row.receiver_document,
    customerId: row.receiver_customer_id,
    institution: { ispb: row.receiver_ispb, name: row.receiver_institution },
  },
  key: row.key,
  txid: row.txid,
  description: row.description,
});
