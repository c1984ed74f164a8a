import type { Kysely } from 'kysely';
import { Registry } from 'prom-client';
import { Money } from '@bank/kernel';
import { connectPostgres, temporaryDatabase, type Postgres, type TemporaryDatabase } from '@bank/store-postgres';
import { ManualClock, testEndpoints, useHarness } from '@bank/testing';
import { connectLedger, parseAccountId, parseTransferId, type AccountId, type ConnectedLedger, type Ledger, type TransferRequest } from '../../src/ledger';
import type { LedgerDatabase } from '../../src/ledger/infrastructure/postgres/schema';

export interface LedgerHarness {
  readonly ledger: Ledger;
  readonly connected: ConnectedLedger;
  readonly clock: ManualClock;
  readonly registry: Registry;
  /** The same database, for looking at rows from the outside. */
  readonly db: Kysely<LedgerDatabase>;
  readonly database: TemporaryDatabase;
  /** Proves every transfer balanced by reconciliation, then closes the ledger and drops its database. */
  stop(): Promise<void>;
}

/** A ledger on a database of its own. */
export async function startLedger(prefix: string, options: { poolSize?: number; outboxClaimLeaseMs?: number } = {}): Promise<LedgerHarness> {
  const database = await temporaryDatabase(testEndpoints.postgresUrl, prefix);
  const clock = new ManualClock('2026-03-02T12:00:00.000Z');
  const registry = new Registry();
  const connected = await connectLedger({ postgresUrl: database.url, registry, clock, ...options });
  const inspector: Postgres<LedgerDatabase> = connectPostgres<LedgerDatabase>({ url: database.url, poolSize: 2 });
  return {
    ledger: connected.ledger,
    connected,
    clock,
    registry,
    db: inspector.db,
    database,
    async stop() {
      try {
        const report = await connected.ledger.reconcile();
        expect({ balanced: report.balanced, imbalanceCents: report.imbalanceCents, mismatches: report.mismatches }).toEqual({
          balanced: true,
          imbalanceCents: 0n,
          mismatches: [],
        });
        expect(report.totals.debitsPosted.isPositive()).toBe(true);
      } finally {
        await inspector.close();
        await connected.close();
        await database.drop();
      }
    },
  };
}

/**
 * The test file's (or describe block's) ledger, started before its tests and stopped after them — once every
 * test's transfers have been proved balanced by reconciliation.
 */
export const useLedger = (prefix: string, options: { poolSize?: number; outboxClaimLeaseMs?: number } = {}): LedgerHarness =>
  useHarness(() => startLedger(prefix, options));

let sequence = 0;
/** An id no other test in the file uses. */
export const newId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${(sequence++).toString(36)}`;
export const accountId = (prefix = 'acc'): AccountId => parseAccountId(newId(prefix));
export const transferId = (prefix = 'tr') => parseTransferId(newId(prefix));

export const reais = (amount: string): Money => Money.parse(amount);

export const SETTLEMENT = parseAccountId('bank:central-bank-settlement');

/** A customer account holding `funds`, deposited from the central-bank settlement account. */
export async function fundedAccount(ledger: Ledger, funds: string, overdraftLimit = '0.00'): Promise<AccountId> {
  const id = accountId();
  await ledger.openCustomerAccount({ id, customerId: newId('customer'), overdraftLimit: reais(overdraftLimit) });
  if (!reais(funds).isZero()) await ledger.createTransfer(single(SETTLEMENT, id, funds, { code: 'deposit' }));
  return id;
}

export function single(
  debitAccountId: AccountId,
  creditAccountId: AccountId,
  amount: string,
  overrides: Partial<Extract<TransferRequest, { type: 'single' }>> = {},
): TransferRequest {
  return { type: 'single', id: transferId(), debitAccountId, creditAccountId, amount: reais(amount), code: 'transfer', description: null, ...overrides };
}

export function hold(
  debitAccountId: AccountId,
  creditAccountId: AccountId,
  amount: string,
  overrides: Partial<Extract<TransferRequest, { type: 'hold' }>> = {},
): TransferRequest {
  return {
    type: 'hold',
    id: transferId(),
    debitAccountId,
    creditAccountId,
    amount: reais(amount),
    code: 'card',
    description: null,
    timeoutSeconds: 600,
    ...overrides,
  };
}

/** Rows in each ledger table, to prove a refused request wrote nothing. */
export async function rowCounts(db: Kysely<LedgerDatabase>): Promise<Record<string, bigint>> {
  const tables = ['accounts', 'account_balances', 'transfers', 'entries', 'open_holds', 'outbox'] as const;
  const counts = await Promise.all(
    tables.map((table) =>
      db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<bigint>().as('n'))
        .executeTakeFirstOrThrow(),
    ),
  );
  return Object.fromEntries(tables.map((table, index) => [table, counts[index]!.n]));
}

/** The posted balance of an account, as a decimal string. */
export const posted = async (ledger: Ledger, id: AccountId): Promise<string> => (await ledger.getBalance(id)).posted.toString();
