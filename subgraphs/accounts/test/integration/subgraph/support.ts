import type { Kysely } from 'kysely';
import { loadConfig } from '@bank/platform';
import { connectPostgres, temporaryDatabase, type Postgres, type TemporaryDatabase } from '@bank/store-postgres';
import { customer, startSubgraphHarness, testEndpoints, type GraphQLCall, type SubgraphHarness } from '@bank/testing';
import type { Principal } from '@bank/identity';
import { accountsEnv } from '../../../src/config';
import type { CheckingDatabase } from '../../../src/infrastructure/postgres/schema';
import type { LedgerDatabase } from '../../../src/ledger/infrastructure/postgres/schema';
import { startAccountsService, type AccountsOverrides, type AccountsService } from '../../../src/service';

export type Database = LedgerDatabase & CheckingDatabase;

export interface AccountsHarness extends SubgraphHarness<AccountsService> {
  /** The service's database, to see what a request wrote (or did not). */
  readonly db: Kysely<Database>;
  /** Rows in every table a request could write; not the outbox, which the relay empties meanwhile (no transfer, no event). */
  rowCounts(): Promise<Record<string, bigint>>;
}

/** The service in process on a database and exchange of its own; the database goes on stop, once reconciliation has proved it balanced. */
export async function startAccounts(env: Record<string, string> = {}, overrides: Omit<AccountsOverrides, 'clock'> = {}): Promise<AccountsHarness> {
  const database: TemporaryDatabase = await temporaryDatabase(testEndpoints.postgresUrl, 'accounts_subgraph');
  const harness = await startSubgraphHarness({
    name: 'accounts',
    env: { POSTGRES_URL: database.url, POSTGRES_POOL_SIZE: '4', ACCOUNTS_SANDBOX_ENABLED: 'true', ...env },
    start: (serviceEnv, clock) => startAccountsService(loadConfig(accountsEnv, serviceEnv), { ...overrides, clock }),
  });
  const inspector: Postgres<Database> = connectPostgres<Database>({ url: database.url, poolSize: 2 });
  return {
    ...harness,
    db: inspector.db,
    async rowCounts() {
      const tables = ['accounts', 'account_balances', 'transfers', 'entries', 'open_holds', 'checking_accounts'] as const;
      const counts = await Promise.all(
        tables.map((table) =>
          inspector.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<bigint>().as('n'))
            .executeTakeFirstOrThrow(),
        ),
      );
      return Object.fromEntries(tables.map((table, index) => [table, counts[index]!.n]));
    },
    async stop() {
      try {
        const report = await harness.service.accounts.ledger.reconcile();
        expect({ balanced: report.balanced, imbalanceCents: report.imbalanceCents }).toEqual({ balanced: true, imbalanceCents: 0n });
      } finally {
        await inspector.close();
        await harness.stop();
        await database.drop();
      }
    },
  };
}

let sequence = 0;
/** A customer no other test uses. */
export const newCustomer = (overrides: Partial<Extract<Principal, { kind: 'authenticated' }>> = {}): Principal =>
  customer(`customer-${Date.now().toString(36)}-${(sequence++).toString(36)}`, overrides);

export const STAFF: Principal = customer('staff-1', { roles: ['staff'], name: 'Operator', document: '11144477735' });

let keys = 0;
export const newKey = (): string => `key-${Date.now().toString(36)}-${(keys++).toString(36)}`;

export const ACCOUNT_FIELDS = 'id branch number status blockedReason overdraftLimit balance { available posted held } customer { id }';

export interface AccountView {
  readonly id: string;
  readonly branch: string;
  readonly number: string;
  readonly status: string;
  readonly balance: { readonly available: string; readonly posted: string; readonly held: string };
}

export async function openAccount(call: GraphQLCall): Promise<AccountView> {
  const { data, errors } = await call<{ openAccount: { account: AccountView } }>(
    `mutation($key: String!) { openAccount(input: { kind: CHECKING }, idempotencyKey: $key) { account { ${ACCOUNT_FIELDS} } } }`,
    { key: newKey() },
  );
  if (data?.openAccount === undefined) throw new Error(`openAccount failed: ${JSON.stringify(errors)}`);
  return data.openAccount.account;
}

export async function deposit(call: GraphQLCall, accountId: string, amount: string): Promise<void> {
  const { errors } = await call(
    `mutation($input: SimulateDepositInput!, $key: String!) { simulateDeposit(input: $input, idempotencyKey: $key) { reference } }`,
    {
      input: { accountId, amount },
      key: newKey(),
    },
  );
  if (errors !== undefined) throw new Error(`simulateDeposit failed: ${JSON.stringify(errors)}`);
}

export const TRANSFER = `mutation($input: TransferBetweenAccountsInput!, $key: String!) {
  transferBetweenAccounts(input: $input, idempotencyKey: $key) {
    transfer { id amount description toBranch toNumber toHolderName }
    fromAccount { balance { available posted held } }
  }
}`;
