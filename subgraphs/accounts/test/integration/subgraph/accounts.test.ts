import { useHarness } from '@bank/testing';
import { checkDigit } from '../../../src/domain';
import { ACCOUNT_FIELDS, deposit, newCustomer, newKey, openAccount, STAFF, startAccounts, TRANSFER, type AccountsHarness, type AccountView } from './support';

const harness = useHarness(startAccounts);

const STATEMENT = `query($id: ID!, $first: Int, $after: String) {
  account(id: $id) {
    statement(first: $first, after: $after) {
      edges { cursor node { id amount balanceAfter description kind reference counterparty { name document bank } } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }
}`;

/** A customer with an account holding `funds`. */
async function customerWith(funds: string, name = 'Maria Silva') {
  const principal = newCustomer({ name });
  const call = harness.as(principal);
  const account = await openAccount(call);
  if (funds !== '0.00') await deposit(call, account.id, funds);
  return { principal, call, account };
}

describe('openAccount', () => {
  it('opens one checking account per customer, in branch 0001 with a modulus-11 check digit, in the name from the principal', async () => {
    const { call, account } = await customerWith('0.00');
    expect(account).toMatchObject({ branch: '0001', status: 'ACTIVE', balance: { available: '0.00', posted: '0.00', held: '0.00' } });
    const [digits, digit] = account.number.split('-');
    expect(Number(digit)).toBe(checkDigit(digits!));

    const again = await openAccount(call);
    expect(again.id).toBe(account.id);
    const rows = await harness.db.selectFrom('checking_accounts').selectAll().where('id', '=', account.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ holder_name: 'Maria Silva', holder_document: '52998224725' });
  });

  it('refuses a malformed idempotency key and writes nothing', async () => {
    const before = await harness.rowCounts();
    const { errors } = await harness.as(newCustomer())(`mutation { openAccount(input: { kind: CHECKING }, idempotencyKey: "not a key!") { account { id } } }`);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect(await harness.rowCounts()).toEqual(before);
  });
});

describe('transferBetweenAccounts', () => {
  it('settles at once: both balances move, both statements show it signed, with the masked counterparty and one reference', async () => {
    const ana = await customerWith('100.00', 'Ana Souza');
    const bruno = await customerWith('0.00', 'Bruno Lima');
    const { data, errors } = await ana.call(TRANSFER, {
      input: { fromAccountId: ana.account.id, toBranch: '0001', toNumber: bruno.account.number, amount: '30.25', description: 'Dinner' },
      key: newKey(),
    });
    expect(errors).toBeUndefined();
    expect(data?.transferBetweenAccounts).toMatchObject({
      transfer: { amount: '30.25', description: 'Dinner', toBranch: '0001', toNumber: bruno.account.number, toHolderName: 'Bruno Lima' },
      fromAccount: { balance: { available: '69.75', posted: '69.75', held: '0.00' } },
    });

    const sent = await ana.call<{ account: { statement: { edges: { node: Record<string, unknown> }[] } } }>(STATEMENT, { id: ana.account.id });
    expect(sent.data?.account.statement.edges.map(({ node }) => node)).toMatchObject([
      {
        amount: '-30.25',
        balanceAfter: '69.75',
        kind: 'TRANSFER_OUT',
        description: 'Dinner',
        counterparty: { name: 'Bruno Lima', document: '***.982.247-**', bank: 'Bank' },
      },
      { amount: '100.00', balanceAfter: '100.00', kind: 'DEPOSIT', counterparty: null },
    ]);
    const received = await bruno.call<{ account: { statement: { edges: { node: Record<string, unknown> }[] } } }>(STATEMENT, { id: bruno.account.id });
    const [credit] = received.data!.account.statement.edges.map(({ node }) => node);
    expect(credit).toMatchObject({ amount: '30.25', balanceAfter: '30.25', kind: 'TRANSFER_IN', counterparty: { name: 'Ana Souza' } });
    expect(credit!.reference).toBe(sent.data!.account.statement.edges[0]!.node.reference);
  });

  it('pages the statement newest first with a full pageInfo', async () => {
    const { call, account } = await customerWith('1.00');
    await deposit(call, account.id, '2.00');
    await deposit(call, account.id, '3.00');
    const first = await call<{ account: { statement: { edges: { node: { amount: string } }[]; pageInfo: Record<string, unknown> } } }>(STATEMENT, {
      id: account.id,
      first: 2,
    });
    const page = first.data!.account.statement;
    expect(page.edges.map(({ node }) => node.amount)).toEqual(['3.00', '2.00']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await call<{ account: { statement: { edges: { node: { amount: string } }[]; pageInfo: Record<string, unknown> } } }>(STATEMENT, {
      id: account.id,
      first: 2,
      after: page.pageInfo.endCursor,
    });
    expect(second.data!.account.statement.edges.map(({ node }) => node.amount)).toEqual(['1.00']);
    expect(second.data!.account.statement.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses insufficient funds with UNPROCESSABLE and reason INSUFFICIENT_FUNDS, and nothing moves', async () => {
    const ana = await customerWith('10.00');
    const bruno = await customerWith('0.00');
    const before = await harness.rowCounts();
    const { errors } = await ana.call(TRANSFER, {
      input: { fromAccountId: ana.account.id, toBranch: '0001', toNumber: bruno.account.number, amount: '10.01' },
      key: newKey(),
    });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'INSUFFICIENT_FUNDS' });
    expect(await harness.rowCounts()).toEqual(before);
    expect((await balanceOf(ana.call, ana.account.id)).posted).toBe('10.00');
  });

  it('moves money once for one idempotency key, and refuses the key with another amount as CONFLICT', async () => {
    const ana = await customerWith('10.00');
    const bruno = await customerWith('0.00');
    const key = newKey();
    const input = { fromAccountId: ana.account.id, toBranch: '0001', toNumber: bruno.account.number, amount: '4.00' };
    const [first, retry] = [await ana.call(TRANSFER, { input, key }), await ana.call(TRANSFER, { input, key })];
    expect(first.errors).toBeUndefined();
    expect(retry.errors).toBeUndefined();
    expect((await balanceOf(ana.call, ana.account.id)).posted).toBe('6.00');
    const other = await ana.call(TRANSFER, { input: { ...input, amount: '5.00' }, key });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await balanceOf(ana.call, ana.account.id)).posted).toBe('6.00');
  });

  describe('refuses every bad input with a coded error and writes nothing', () => {
    let ana: Awaited<ReturnType<typeof customerWith>>;
    let bruno: AccountView;
    let stranger: AccountView;
    beforeAll(async () => {
      ana = await customerWith('50.00');
      bruno = (await customerWith('0.00')).account;
      stranger = (await customerWith('5.00')).account;
    });

    const cases: [string, () => Record<string, unknown>, Record<string, unknown>][] = [
      ['three decimals', () => ({ amount: '1.001' }), { code: 'BAD_USER_INPUT', field: 'input.amount' }],
      ['zero', () => ({ amount: '0.00' }), { code: 'BAD_USER_INPUT', field: 'input.amount' }],
      ['a negative amount', () => ({ amount: '-1.00' }), { code: 'BAD_USER_INPUT', field: 'input.amount' }],
      ['the same account on both sides', () => ({ toNumber: ana.account.number }), { code: 'BAD_USER_INPUT', field: 'input.toNumber' }],
      ['an unknown account number', () => ({ toNumber: unknownNumber() }), { code: 'NOT_FOUND' }],
      ['a wrong check digit', () => ({ toNumber: wrongCheckDigit(bruno.number) }), { code: 'BAD_USER_INPUT', field: 'input.toNumber' }],
      ['another branch', () => ({ toBranch: '0002' }), { code: 'BAD_USER_INPUT', field: 'input.toBranch' }],
      ['a description with control characters', () => ({ description: 'a\u202eb' }), { code: 'BAD_USER_INPUT', field: 'input.description' }],
      ["another customer's account", () => ({ fromAccountId: stranger.id }), { code: 'NOT_FOUND' }],
    ];
    it.each(cases)('%s', async (_, change, extensions) => {
      const before = await harness.rowCounts();
      const { errors } = await ana.call(TRANSFER, {
        input: { fromAccountId: ana.account.id, toBranch: '0001', toNumber: bruno.number, amount: '1.00', ...change() },
        key: newKey(),
      });
      expect(errors?.[0]?.extensions).toMatchObject(extensions);
      expect(await harness.rowCounts()).toEqual(before);
    });
  });
});

describe('account', () => {
  it('is NOT_FOUND for another customer, visible to its holder and to staff', async () => {
    const { account, call } = await customerWith('0.00');
    const query = `query($id: ID!) { account(id: $id) { ${ACCOUNT_FIELDS} } }`;
    expect((await call<{ account: AccountView }>(query, { id: account.id })).data?.account.id).toBe(account.id);
    expect((await harness.as(STAFF)<{ account: AccountView }>(query, { id: account.id })).data?.account.id).toBe(account.id);
    const other = await harness.as(newCustomer())(query, { id: account.id });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    const missing = await harness.as(STAFF)(query, { id: 'checking-0000' });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
  });

  it("lists the customer's accounts on Customer for them, not for another customer", async () => {
    const { account, principal } = await customerWith('0.00');
    const id = principal.kind === 'authenticated' ? principal.id : '';
    const query = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { accounts { id number } } } }`;
    const own = await harness.as(principal)<{ _entities: { accounts: { id: string }[] }[] }>(query, { representations: [{ __typename: 'Customer', id }] });
    expect(own.data?._entities[0]?.accounts.map(({ id: accountId }) => accountId)).toEqual([account.id]);
    const other = await harness.as(newCustomer())<{ _entities: { accounts: unknown[] }[] }>(query, { representations: [{ __typename: 'Customer', id }] });
    expect(other.data?._entities[0]?.accounts).toEqual([]);
  });
});

describe('staff', () => {
  const BLOCK = `mutation($input: AccountStatusChangeInput!) { blockAccount(input: $input) { account { status blockedReason } } }`;
  const UNBLOCK = `mutation($input: AccountStatusChangeInput!) { unblockAccount(input: $input) { account { status blockedReason } } }`;

  it('blocks an account: it cannot send but still receives; unblocked it sends again', async () => {
    const ana = await customerWith('20.00');
    const bruno = await customerWith('20.00');
    const blocked = await harness.as(STAFF)(BLOCK, { input: { accountId: ana.account.id, reason: 'Suspected fraud' } });
    expect(blocked.data).toEqual({ blockAccount: { account: { status: 'BLOCKED', blockedReason: 'Suspected fraud' } } });

    const before = await harness.rowCounts();
    const send = await ana.call(TRANSFER, {
      input: { fromAccountId: ana.account.id, toBranch: '0001', toNumber: bruno.account.number, amount: '1.00' },
      key: newKey(),
    });
    expect(send.errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE' });
    expect(await harness.rowCounts()).toEqual(before);

    const receive = await bruno.call(TRANSFER, {
      input: { fromAccountId: bruno.account.id, toBranch: '0001', toNumber: ana.account.number, amount: '1.00' },
      key: newKey(),
    });
    expect(receive.errors).toBeUndefined();

    const unblocked = await harness.as(STAFF)(UNBLOCK, { input: { accountId: ana.account.id, reason: 'Cleared' } });
    expect(unblocked.data).toEqual({ unblockAccount: { account: { status: 'ACTIVE', blockedReason: null } } });
    const again = await ana.call(TRANSFER, {
      input: { fromAccountId: ana.account.id, toBranch: '0001', toNumber: bruno.account.number, amount: '1.00' },
      key: newKey(),
    });
    expect(again.errors).toBeUndefined();
  });

  it('refuses block from a customer (FORBIDDEN) and an empty reason (BAD_USER_INPUT), writing nothing', async () => {
    const ana = await customerWith('0.00');
    expect((await ana.call(BLOCK, { input: { accountId: ana.account.id, reason: 'Mine' } })).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await harness.as(STAFF)(BLOCK, { input: { accountId: ana.account.id, reason: ' ' } })).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    const [row] = await harness.db.selectFrom('checking_accounts').select('status').where('id', '=', ana.account.id).execute();
    expect(row?.status).toBe('ACTIVE');
  });

  it('reports the ledger balanced to staff, and to no one else', async () => {
    await customerWith('7.00');
    const health = await harness.as(STAFF)<{ ledgerHealth: { balanced: boolean; totalDebits: string; totalCredits: string } }>(
      `{ ledgerHealth { balanced totalDebits totalCredits checkedAt } }`,
    );
    expect(health.data?.ledgerHealth.balanced).toBe(true);
    expect(health.data?.ledgerHealth.totalDebits).toBe(health.data?.ledgerHealth.totalCredits);
    expect((await harness.as(newCustomer())(`{ ledgerHealth { balanced } }`)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});

async function balanceOf(call: AccountsHarness['as'] extends (principal: never) => infer C ? C : never, id: string) {
  const { data } = await call<{ account: AccountView }>(`query($id: ID!) { account(id: $id) { ${ACCOUNT_FIELDS} } }`, { id });
  return data!.account.balance;
}

/** A well-formed number (right check digit) that no account has. */
function unknownNumber(): string {
  const digits = '99999999';
  return `${digits}-${checkDigit(digits)}`;
}

function wrongCheckDigit(number: string): string {
  const [digits = '', digit = ''] = number.split('-');
  return `${digits}-${(Number(digit) + 1) % 10}`;
}
