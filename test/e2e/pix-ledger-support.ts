import { randomUUID } from 'node:crypto';
import { registerConfirmedPixKey } from '@bank/testing';
import type { TokenClaims } from '../../gateway/test/support';
import type { Stack } from './stack';

/** A customer of their own for each test run. */
export const anyCustomer = (name: string, document: string): TokenClaims & { sub: string } => ({ sub: `c-${randomUUID()}`, name, document });

export interface Balance {
  readonly available: string;
  readonly posted: string;
  readonly held: string;
}

export interface OrderView {
  readonly id: string;
  readonly status: 'PENDING' | 'COMPLETED';
  readonly amount: string;
  readonly endToEndId: string | null;
  readonly fromAccount: { readonly balance: Balance };
}

const ORDER = 'id status amount endToEndId fromAccount { balance { available posted held } }';

/** The flows of issue 14 as a client calls them through the gateway; every call fails loudly where a test expects it to succeed. */
export class PixLedgerClient {
  constructor(private readonly stack: Stack) {}

  private async ok<T>(claims: TokenClaims, query: string, variables: Record<string, unknown>): Promise<T> {
    const { data, errors } = await this.stack.as(claims)(query, variables);
    if (errors !== undefined) throw new Error(`${query}: ${JSON.stringify(errors)}`);
    return data as T;
  }

  async openAccount(claims: TokenClaims): Promise<string> {
    const data = await this.ok<{ openAccount: { account: { id: string } } }>(
      claims,
      `mutation($key: String!) { openAccount(input: { kind: CHECKING }, idempotencyKey: $key) { account { id } } }`,
      { key: randomUUID() },
    );
    return data.openAccount.account.id;
  }

  async deposit(claims: TokenClaims, accountId: string, amount: string): Promise<void> {
    await this.ok(claims, `mutation($input: SimulateDepositInput!, $key: String!) { simulateDeposit(input: $input, idempotencyKey: $key) { reference } }`, {
      input: { accountId, amount },
      key: randomUUID(),
    });
  }

  /** An e-mail key, confirmed with the code the sandbox sent to it. */
  async registerEmailKey(claims: TokenClaims & { sub: string }): Promise<string> {
    return (await registerConfirmedPixKey(this.stack.as(claims), { type: 'EMAIL', key: `${claims.sub}@bank.example` })).key;
  }

  async createCharge(claims: TokenClaims, key: string, amount: string | null, expiresInSeconds?: number): Promise<{ txid: string; brCode: string }> {
    const data = await this.ok<{ createPixCharge: { charge: { txid: string; brCode: string } } }>(
      claims,
      `mutation($input: CreatePixChargeInput!, $k: String!) { createPixCharge(input: $input, idempotencyKey: $k) { charge { txid brCode } } }`,
      { input: { key, amount, ...(expiresInSeconds === undefined ? {} : { expiresInSeconds }) }, k: randomUUID() },
    );
    return data.createPixCharge.charge;
  }

  async chargeStatus(claims: TokenClaims, txid: string): Promise<string> {
    const data = await this.ok<{ pixCharge: { status: string } }>(claims, `query($txid: ID!) { pixCharge(txid: $txid) { status } }`, { txid });
    return data.pixCharge.status;
  }

  async preview(claims: TokenClaims, brCode: string): Promise<unknown> {
    const data = await this.ok<{ pixPayloadPreview: unknown }>(
      claims,
      `query($code: String!) { pixPayloadPreview(brCode: $code) { amount receiver { name document institution { ispb name } } } }`,
      { code: brCode },
    );
    return data.pixPayloadPreview;
  }

  payCode(claims: TokenClaims, input: { brCode: string; fromAccountId: string; amount?: string }, idempotencyKey: string = randomUUID()) {
    return this.stack.as(claims)(`mutation($input: PayPixCodeInput!, $key: String!) { payPixCode(input: $input, idempotencyKey: $key) { pix { ${ORDER} } } }`, {
      input,
      key: idempotencyKey,
    }) as Promise<{ data?: { payPixCode: { pix: OrderView } }; errors?: { extensions?: Record<string, unknown> }[] }>;
  }

  send(claims: TokenClaims, input: { fromAccountId: string; toKey: string; amount: string; description?: string }, idempotencyKey: string = randomUUID()) {
    return this.stack.as(claims)(`mutation($input: SendPixInput!, $key: String!) { sendPix(input: $input, idempotencyKey: $key) { pix { ${ORDER} } } }`, {
      input,
      key: idempotencyKey,
    }) as Promise<{ data?: { sendPix: { pix: OrderView } }; errors?: { extensions?: Record<string, unknown> }[] }>;
  }

  async balance(claims: TokenClaims, accountId: string): Promise<Balance> {
    const data = await this.ok<{ account: { balance: Balance } }>(claims, `query($id: ID!) { account(id: $id) { balance { available posted held } } }`, {
      id: accountId,
    });
    return data.account.balance;
  }

  async statementKinds(claims: TokenClaims, accountId: string): Promise<[string, string][]> {
    const data = await this.ok<{ account: { statement: { edges: { node: { kind: string; amount: string } }[] } } }>(
      claims,
      `query($id: ID!) { account(id: $id) { statement(first: 50) { edges { node { kind amount } } } } }`,
      { id: accountId },
    );
    return data.account.statement.edges.map(({ node }) => [node.kind, node.amount]);
  }

  receipt(claims: TokenClaims, endToEndId: string) {
    return this.stack.as(claims)(
      `query($id: ID!) { pixReceipt(endToEndId: $id) { endToEndId amount occurredAt key txid description pdf
        payer { name document institution { ispb name } } receiver { name document institution { ispb name } } } }`,
      { id: endToEndId },
    ) as Promise<{ data?: { pixReceipt: { pdf: string } | null }; errors?: { extensions?: Record<string, unknown> }[] }>;
  }

  async received(claims: TokenClaims): Promise<unknown[]> {
    const data = await this.ok<{ me: { pixReceived: { edges: { node: unknown }[] } } }>(
      claims,
      `{ me { pixReceived(first: 20) { edges { node { endToEndId amount payer { name document institution { ispb name } } } } } } }`,
      {},
    );
    return data.me.pixReceived.edges.map(({ node }) => node);
  }
}

/** The ledger is balanced and every account equals its transfers: asserted once a test file is done. */
export async function ledgerCheck(stack: Stack): Promise<void> {
  const report = await stack.accounts.accounts.ledger.reconcile();
  expect(report).toMatchObject({ balanced: true });
}
