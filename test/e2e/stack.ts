import { loadConfig } from '@bank/platform';
import type { Client, ExecutionResult } from 'graphql-ws';
import { temporaryDatabase, type TemporaryDatabase } from '@bank/store-postgres';
import { serviceTestEnv, testEndpoints, uniqueName, withIdempotencyKey } from '@bank/testing';
import { accountsEnv } from '../../subgraphs/accounts/src/config';
import { startAccountsService, type AccountsOverrides, type AccountsService } from '../../subgraphs/accounts/src/service';
import { insuranceEnv } from '../../subgraphs/insurance/src/config';
import { startInsuranceService, type InsuranceOverrides, type InsuranceService } from '../../subgraphs/insurance/src/service';
import { loansEnv } from '../../subgraphs/loans/src/config';
import { startLoansService, type LoansOverrides, type LoansService } from '../../subgraphs/loans/src/service';
import { pixEnv } from '../../subgraphs/pix/src/config';
import { startPixService, type PixOverrides, type PixService } from '../../subgraphs/pix/src/service';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { gatewaySocket, graphql, startTestGateway, tokenFor, type GraphQLResponse, type TokenClaims } from '../../gateway/test/support';

export interface Stack {
  readonly gateway: Awaited<ReturnType<typeof startTestGateway>>;
  readonly pix: PixService;
  readonly insurance: InsuranceService;
  readonly loans: LoansService;
  readonly accounts: AccountsService;
  /** The accounts subgraph's database of its own, dropped on stop. */
  readonly accountsDatabase: TemporaryDatabase;
  readonly env: Record<string, string>;
  /** Runs an operation through the gateway as the token's customer (with a fresh idempotency key where it takes one and none is given). */
  readonly as: (claims: TokenClaims) => (query: string, variables?: Record<string, unknown>) => ReturnType<typeof graphql>;
  /** Runs one of the shared operations (schema/operations), typed by codegen; a fresh idempotency key where it takes one and none is given. */
  readonly run: <Data, Variables extends Record<string, unknown>>(
    claims: TokenClaims,
    document: TypedDocumentNode<Data, Variables>,
    variables?: KeyOptional<Variables>,
  ) => Promise<{ data?: Data | null; errors?: GraphQLResponse['errors'] }>;
  readonly wsClient: (connectionParams: Record<string, unknown>) => Client;
  /** Stops one subgraph for good, the gateway and the others running on; `stop` then skips it. */
  stopSubgraph(name: SubgraphName): Promise<void>;
  stop(): Promise<void>;
}

/** An operation's variables, its idempotencyKey left to the stack when the test does not care which. */
type KeyOptional<Variables> = Variables extends { idempotencyKey: string }
  ? Omit<Variables, 'idempotencyKey'> & { readonly idempotencyKey?: string }
  : Variables;

export type SubgraphName = 'pix' | 'loans' | 'insurance' | 'accounts';

/** What a test may replace in the subgraphs it starts (a manual clock shared by pix and accounts, the simulated central system). */
export interface StackOverrides {
  readonly pix?: PixOverrides;
  readonly accounts?: AccountsOverrides;
  readonly loans?: LoansOverrides;
  readonly insurance?: InsuranceOverrides;
  readonly accountsPoolSize?: number;
}

/** The gateway in front of the subgraphs, all in process, sharing one events exchange. */
export async function startStack(gatewayOverrides: Parameters<typeof startTestGateway>[2] = {}, overrides: StackOverrides = {}): Promise<Stack> {
  // A test that reads the log lines reads every one of them.
  const env: Record<string, string> = { ...serviceTestEnv('stack'), ...(gatewayOverrides.logDestination === undefined ? {} : { LOG_LEVEL: 'trace' }) };
  const pix = await startPixService(loadConfig(pixEnv, { ...env, DYNAMODB_TABLE: env.DYNAMODB_TABLE!, PIX_SETTLEMENT_LATENCY_MS: '0' }), {
    expirySweepIntervalMs: 200,
    ...overrides.pix,
  });
  const insurance = await startInsuranceService(loadConfig(insuranceEnv, { ...env, DYNAMODB_TABLE: `${env.DYNAMODB_TABLE!}-insurance` }), overrides.insurance);
  const loans = await startLoansService(loadConfig(loansEnv, env), overrides.loans);
  const accountsDatabase = await temporaryDatabase(testEndpoints.postgresUrl, 'accounts_stack');
  const started = await startAccountsService(
    loadConfig(accountsEnv, {
      ...env,
      POSTGRES_URL: accountsDatabase.url,
      POSTGRES_POOL_SIZE: String(overrides.accountsPoolSize ?? 4),
      ACCOUNTS_SANDBOX_ENABLED: 'true',
    }),
    {
      // Reveals counted apart from other stacks in the shared Redis: every stack's seed reveals the demo customers' cards.
      cardRevealPrefix: uniqueName('card-reveals'),
      ...overrides.accounts,
      ...(gatewayOverrides.logDestination === undefined ? {} : { logDestination: gatewayOverrides.logDestination }),
    },
  );
  // A test may stop the accounts subgraph (a section of a screen unavailable): its ledger is then no longer reconciled on stop.
  let accountsRunning = true;
  const accounts: AccountsService = { ...started, stop: () => ((accountsRunning = false), started.stop()) };
  const gateway = await startTestGateway(
    [
      { name: 'pix', url: pix.server.url },
      { name: 'loans', url: loans.server.url },
      { name: 'insurance', url: insurance.server.url },
      { name: 'accounts', url: accounts.server.url },
    ],
    env,
    gatewayOverrides,
  );
  const clients: Client[] = [];
  return {
    gateway,
    pix,
    insurance,
    loans,
    accounts,
    accountsDatabase,
    env,
    as: (claims) => (query, variables) => graphql(gateway.url, query, { token: tokenFor(claims), variables: withIdempotencyKey(query, variables) }),
    run: async (claims, document, variables) => {
      const query = print(document);
      const { data, errors } = await graphql(gateway.url, query, { token: tokenFor(claims), variables: withIdempotencyKey(query, variables) });
      return { data: data as never, errors };
    },
    wsClient: (connectionParams) => {
      const client = gatewaySocket(gateway.url, connectionParams);
      clients.push(client);
      return client;
    },
    stopSubgraph: async (name) => {
      await { pix, loans, insurance, accounts }[name].stop();
    },
    stop: async () => {
      await Promise.all(clients.map((client) => client.dispose()));
      await gateway.stop();
      await insurance.stop();
      await loans.stop();
      const ledger = accountsRunning ? await accounts.accounts.ledger.reconcile() : { balanced: true, imbalanceCents: 0n };
      await accounts.stop();
      await accountsDatabase.drop();
      if (!ledger.balanced) throw new Error(`the ledger is out of balance by ${ledger.imbalanceCents} cents`);
      await pix.stop();
    },
  };
}

/** Opens the customer's checking account through the gateway; its id. */
export async function openCheckingAccount(stack: Stack, claims: Parameters<Stack['as']>[0]): Promise<string> {
  const { data, errors } = await stack.as(claims)(`mutation($k: String!) { openAccount(input: { kind: CHECKING }, idempotencyKey: $k) { account { id } } }`, {
    k: `open-${String(claims.sub)}`,
  });
  const id = (data?.openAccount as { account: { id: string } } | undefined)?.account.id;
  if (id === undefined) throw new Error(`openAccount failed: ${JSON.stringify(errors)}`);
  return id;
}

export interface StatementLineView {
  readonly amount: string;
  readonly kind: string;
  readonly description: string | null;
}

/** The account's balance and its statement, newest first, through the gateway. */
export async function statementOf(stack: Stack, claims: Parameters<Stack['as']>[0], accountId: string) {
  const { data } = await stack.as(claims)(
    `query($id: ID!) { account(id: $id) { balance { posted } statement(first: 20) { edges { node { amount kind description } } } } }`,
    { id: accountId },
  );
  const account = data?.account as { balance: { posted: string }; statement: { edges: { node: StatementLineView }[] } };
  return { posted: account.balance.posted, lines: account.statement.edges.map(({ node }) => node) };
}

/** Subscribes through the gateway and collects what arrives. */
export function collectSubscription(client: Client, query: string, variables: Record<string, unknown> = {}): { readonly received: ExecutionResult[] } {
  const received: ExecutionResult[] = [];
  client.subscribe({ query, variables }, { next: (value) => void received.push(value as ExecutionResult), error: () => undefined, complete: () => undefined });
  return { received };
}
