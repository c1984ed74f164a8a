import { randomUUID } from 'node:crypto';
import { eventually } from '@bank/testing';
import type { ExecutionResult } from 'graphql-ws';
import { tokenFor } from '../../gateway/test/support';
import {
  AccountScreenDocument,
  OpenCheckingAccountDocument,
  SimulateAccountDepositDocument,
  TransferBetweenAccountsDocument,
} from '../../schema/operations/generated/graphql';
import { startStack, type Stack } from './stack';

const ANA = { sub: `c-ana-${randomUUID()}`, name: 'Ana Souza', document: '52998224725' };
const BRUNO = { sub: `c-bruno-${randomUUID()}`, name: 'Bruno Lima', document: '11144477735' };
const STAFF = { sub: 's-ops', roles: ['staff'], name: 'Ops', document: '39053344705' };

describe('checking accounts through the gateway', () => {
  let stack: Stack;
  let ana: { id: string; number: string };
  let bruno: { id: string; number: string };

  beforeAll(async () => {
    stack = await startStack();
    const opened = await Promise.all([ANA, BRUNO].map((claims) => stack.run(claims, OpenCheckingAccountDocument, { idempotencyKey: randomUUID() })));
    const [anaOpened, brunoOpened] = opened.map(({ data, errors }) => {
      if (data?.openAccount === undefined) throw new Error(JSON.stringify(errors));
      return data.openAccount.account;
    });
    [ana, bruno] = [anaOpened!, brunoOpened!];
    const deposited = await stack.run(ANA, SimulateAccountDepositDocument, { input: { accountId: ana.id, amount: '100.00' }, idempotencyKey: randomUUID() });
    expect(deposited.errors).toBeUndefined();
  });
  afterAll(async () => {
    try {
      const report = await stack.accounts.accounts.ledger.reconcile();
      expect(report.balanced).toBe(true);
    } finally {
      await stack.stop();
    }
  });

  it('transfers between two customers and shows both sides on the account screen, from me', async () => {
    const sent = await stack.run(ANA, TransferBetweenAccountsDocument, {
      input: { fromAccountId: ana.id, toBranch: '0001', toNumber: bruno.number, amount: '40.00', description: 'Rent share' },
      idempotencyKey: randomUUID(),
    });
    expect(sent.errors).toBeUndefined();
    expect(sent.data?.transferBetweenAccounts).toMatchObject({
      transfer: { amount: '40.00', toHolderName: 'Bruno Lima' },
      fromAccount: { balance: { available: '60.00' } },
    });

    const screen = await stack.run(ANA, AccountScreenDocument, { first: 10 });
    expect(screen.errors).toBeUndefined();
    const [account] = screen.data?.me.accounts ?? [];
    expect(account).toMatchObject({ id: ana.id, branch: '0001', status: 'ACTIVE', balance: { available: '60.00', posted: '60.00', held: '0.00' } });
    expect(account?.statement.edges.map(({ node }) => [node.kind, node.amount, node.balanceAfter])).toEqual([
      ['TRANSFER_OUT', '-40.00', '60.00'],
      ['DEPOSIT', '100.00', '100.00'],
    ]);
    expect(account?.statement.edges[0]?.node.counterparty).toEqual({ name: 'Bruno Lima', document: '***.444.777-**', bank: 'Bank' });

    const other = await stack.run(BRUNO, AccountScreenDocument, { first: 10 });
    expect(other.data?.me.accounts?.[0]?.statement.edges[0]?.node).toMatchObject({ kind: 'TRANSFER_IN', amount: '40.00', counterparty: { name: 'Ana Souza' } });
  });

  it('passes INSUFFICIENT_FUNDS through with its code and reason, and nothing moves', async () => {
    const refused = await stack.run(BRUNO, TransferBetweenAccountsDocument, {
      input: { fromAccountId: bruno.id, toBranch: '0001', toNumber: ana.number, amount: '1000.00' },
      idempotencyKey: randomUUID(),
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'INSUFFICIENT_FUNDS' });
    const screen = await stack.run(BRUNO, AccountScreenDocument, { first: 10 });
    expect(screen.data?.me.accounts?.[0]).toMatchObject({ balance: { posted: '40.00' } });
    expect(screen.data?.me.accounts?.[0]?.statement.edges).toHaveLength(1);
  });

  it("answers NOT_FOUND for another customer's account, and shows it to staff", async () => {
    const query = `query($id: ID!) { account(id: $id) { id number } }`;
    const stranger = await stack.as({ sub: `c-${randomUUID()}` })(query, { id: ana.id });
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const staff = await stack.as(STAFF)(query, { id: ana.id });
    expect(staff.data).toEqual({ account: { id: ana.id, number: ana.number } });
  });

  it('streams each entry posted to the account to its holder, and refuses anyone else', async () => {
    const received: ExecutionResult[] = [];
    const client = stack.wsClient({ authorization: `Bearer ${tokenFor(BRUNO)}` });
    const unsubscribe = client.subscribe(
      {
        query: `subscription($id: ID!) { accountActivity(accountId: $id) { amount balanceAfter kind description counterparty { name } } }`,
        variables: { id: bruno.id },
      },
      { next: (value) => void received.push(value as ExecutionResult), error: () => undefined, complete: () => undefined },
    );
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThan(0));
    const sent = await stack.run(ANA, TransferBetweenAccountsDocument, {
      input: { fromAccountId: ana.id, toBranch: '0001', toNumber: bruno.number, amount: '5.00', description: 'Coffee' },
      idempotencyKey: randomUUID(),
    });
    expect(sent.errors).toBeUndefined();
    await eventually(() => expect(received).toHaveLength(1));
    expect(received[0]).toEqual({
      data: { accountActivity: { amount: '5.00', balanceAfter: '45.00', kind: 'TRANSFER_IN', description: 'Coffee', counterparty: { name: 'Ana Souza' } } },
    });
    unsubscribe();

    const refused: unknown[] = [];
    await new Promise<void>((resolve) => {
      stack
        .wsClient({ authorization: `Bearer ${tokenFor(ANA)}` })
        .subscribe(
          { query: `subscription($id: ID!) { accountActivity(accountId: $id) { amount } }`, variables: { id: bruno.id } },
          { next: (value) => void refused.push(value), error: (error) => void refused.push(error), complete: resolve },
        );
    });
    expect(refused).toEqual([{ errors: [expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })] }]);
  });
});
