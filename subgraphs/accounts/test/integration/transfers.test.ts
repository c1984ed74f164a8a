import { Money } from '@bank/kernel';
import { BANK_ACCOUNTS, LedgerError, parseAccountId, type TransferRequest } from '../../src/ledger';
import { accountId, fundedAccount, hold, newId, posted, reais, rowCounts, SETTLEMENT, single, transferId, useLedger } from './support';

describe('ledger transfers', () => {
  const t = useLedger('ledger_transfers');

  it('creates the bank accounts by migration, with their fixed ids and shards', async () => {
    for (const { id, shards } of Object.values(BANK_ACCOUNTS)) {
      expect(await t.ledger.getAccount(parseAccountId(id))).toMatchObject({ kind: 'bank', id, shards });
      const rows = await t.db.selectFrom('account_balances').select('shard').where('account_id', '=', id).execute();
      expect(rows).toHaveLength(shards);
    }
  });

  it('moves money at once between two accounts, with each posting and the balance after it in their histories', async () => {
    const from = await fundedAccount(t.ledger, '100.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const transfer = await t.ledger.createTransfer(single(from, to, '30.25', { description: 'rent' }));
    expect(transfer).toMatchObject({ kind: 'single', debitAccountId: from, creditAccountId: to, description: 'rent' });
    expect(transfer.amount.toString()).toBe('30.25');

    expect(await t.ledger.getBalance(from)).toMatchObject({ posted: Money.fromCents(6975), held: Money.ZERO, available: Money.fromCents(6975) });
    expect(await posted(t.ledger, to)).toBe('30.25');
    const history = await t.ledger.getHistory(from);
    expect(history.map(({ side, amount, balanceAfter }) => [side, amount.toString(), balanceAfter?.toString()])).toEqual([
      ['credit', '100.00', '100.00'],
      ['debit', '30.25', '69.75'],
    ]);
    expect(await t.ledger.getHistory(from, { after: history[0]!.position })).toHaveLength(1);
    expect(await t.ledger.findTransfer(transfer.id)).toEqual(transfer);
  });

  it('lets a customer account go down to −overdraftLimit and no further', async () => {
    const from = await fundedAccount(t.ledger, '10.00', '5.00');
    const to = await fundedAccount(t.ledger, '0.00');
    await t.ledger.createTransfer(single(from, to, '15.00'));
    expect(await t.ledger.getBalance(from)).toMatchObject({ posted: Money.fromCents(-500), available: Money.ZERO });
    await expect(t.ledger.createTransfer(single(from, to, '0.01'))).rejects.toMatchObject({
      reason: 'INSUFFICIENT_FUNDS',
      code: 'UNPROCESSABLE',
      subject: from,
    });
  });

  it('lets a bank account go negative by design', async () => {
    const to = await fundedAccount(t.ledger, '0.00');
    const fees = parseAccountId(BANK_ACCOUNTS.feeIncome.id);
    await t.ledger.createTransfer(single(fees, to, '3.00', { code: 'adjustment' }));
    expect((await t.ledger.getBalance(fees)).posted.toString()).toBe('-3.00');
    expect((await t.ledger.getBalance(fees)).available).toBeNull();
  });

  it('returns the existing transfer for the same id and fields, and moves the money once', async () => {
    const from = await fundedAccount(t.ledger, '10.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const request = single(from, to, '4.00');
    const [first, ...again] = await Promise.all([t.ledger.createTransfer(request), t.ledger.createTransfer(request), t.ledger.createTransfer(request)]);
    for (const transfer of again) expect(transfer).toEqual(first);
    expect(await t.ledger.createTransfer(request)).toEqual(first);
    expect(await posted(t.ledger, from)).toBe('6.00');
    expect(await t.db.selectFrom('entries').select('position').where('transfer_id', '=', request.id).execute()).toHaveLength(2);
  });

  it.each<[string, (request: Extract<TransferRequest, { type: 'single' }>) => TransferRequest]>([
    ['another amount', (request) => ({ ...request, amount: reais('4.01') })],
    ['another description', (request) => ({ ...request, description: 'other' })],
    ['another code', (request) => ({ ...request, code: 'pix' })],
    ['a hold', (request) => ({ ...request, type: 'hold', timeoutSeconds: 60 })],
  ])('refuses the same id with %s as CONFLICT, writing nothing', async (_, change) => {
    const from = await fundedAccount(t.ledger, '10.00');
    const to = await fundedAccount(t.ledger, '0.00');
    const request = single(from, to, '4.00') as Extract<TransferRequest, { type: 'single' }>;
    await t.ledger.createTransfer(request);
    const before = await rowCounts(t.db);
    await expect(t.ledger.createTransfer(change(request))).rejects.toMatchObject({ reason: 'TRANSFER_EXISTS', code: 'CONFLICT', subject: request.id });
    expect(await rowCounts(t.db)).toEqual(before);
    expect(await posted(t.ledger, from)).toBe('6.00');
  });

  describe('refuses bad input with a typed error and writes nothing', () => {
    let from: ReturnType<typeof accountId>;
    let to: ReturnType<typeof accountId>;
    beforeAll(async () => {
      from = await fundedAccount(t.ledger, '10.00');
      to = await fundedAccount(t.ledger, '0.00');
    });

    it.each<[string, () => TransferRequest, string, string]>([
      ['a zero amount', () => single(from, to, '0.00'), 'INVALID_AMOUNT', 'BAD_USER_INPUT'],
      ['an amount too large', () => ({ ...single(from, to, '1.00'), amount: Money.fromCents(10n ** 15n + 1n) }), 'INVALID_AMOUNT', 'BAD_USER_INPUT'],
      ['the same account on both sides', () => single(from, from, '1.00'), 'SAME_ACCOUNT', 'BAD_USER_INPUT'],
      ['an unknown code', () => ({ ...single(from, to, '1.00'), code: 'gift' as never }), 'INVALID_TEXT', 'BAD_USER_INPUT'],
      ['an empty description', () => single(from, to, '1.00', { description: ' ' }), 'INVALID_TEXT', 'BAD_USER_INPUT'],
      ['a description too long', () => single(from, to, '1.00', { description: 'x'.repeat(141) }), 'INVALID_TEXT', 'BAD_USER_INPUT'],
      ['a hold without time', () => hold(from, to, '1.00', { timeoutSeconds: 0 }), 'INVALID_TIMEOUT', 'BAD_USER_INPUT'],
      ['a hold of a fractional time', () => hold(from, to, '1.00', { timeoutSeconds: 1.5 }), 'INVALID_TIMEOUT', 'BAD_USER_INPUT'],
      ['a hold of more than 30 days', () => hold(from, to, '1.00', { timeoutSeconds: 30 * 86_400 + 1 }), 'INVALID_TIMEOUT', 'BAD_USER_INPUT'],
      ['an unknown debit account', () => single(accountId('ghost'), to, '1.00'), 'ACCOUNT_NOT_FOUND', 'NOT_FOUND'],
      ['an unknown credit account', () => single(from, accountId('ghost'), '1.00'), 'ACCOUNT_NOT_FOUND', 'NOT_FOUND'],
      ['more than the account holds', () => single(from, to, '10.01'), 'INSUFFICIENT_FUNDS', 'UNPROCESSABLE'],
      ['an id with a slash', () => ({ ...single(from, to, '1.00'), id: 'a/b' as never }), 'INVALID_ID', 'BAD_USER_INPUT'],
      ['a post of an unknown hold', () => ({ type: 'post', id: transferId(), pendingId: transferId('ghost'), amount: null }), 'PENDING_NOT_FOUND', 'NOT_FOUND'],
      ['a void of an unknown hold', () => ({ type: 'void', id: transferId(), pendingId: transferId('ghost') }), 'PENDING_NOT_FOUND', 'NOT_FOUND'],
    ])('%s', async (_, request, reason, code) => {
      const before = await rowCounts(t.db);
      const error = await t.ledger.createTransfer(request()).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(LedgerError);
      expect(error).toMatchObject({ reason, code });
      expect(await rowCounts(t.db)).toEqual(before);
      expect(await posted(t.ledger, from)).toBe('10.00');
    });

    it.each([
      ['an id with spaces', () => ({ id: 'a b', customerId: 'c', overdraftLimit: Money.ZERO }), 'INVALID_ID'],
      ['a negative overdraft limit', () => ({ id: accountId(), customerId: 'c', overdraftLimit: Money.fromCents(-1) }), 'INVALID_OVERDRAFT_LIMIT'],
      ['an empty customer id', () => ({ id: accountId(), customerId: '', overdraftLimit: Money.ZERO }), 'INVALID_ID'],
    ])('opening an account with %s', async (_, request, reason) => {
      const before = await rowCounts(t.db);
      await expect(t.ledger.openCustomerAccount(request() as never)).rejects.toMatchObject({ reason, code: 'BAD_USER_INPUT' });
      expect(await rowCounts(t.db)).toEqual(before);
    });
  });

  it('opens an account once per id: same fields return it, other fields are a CONFLICT', async () => {
    const request = { id: accountId(), customerId: newId('customer'), overdraftLimit: reais('50.00') };
    const opened = await t.ledger.openCustomerAccount(request);
    expect(await t.ledger.openCustomerAccount(request)).toEqual(opened);
    await expect(t.ledger.openCustomerAccount({ ...request, overdraftLimit: reais('60.00') })).rejects.toMatchObject({
      reason: 'ACCOUNT_EXISTS',
      code: 'CONFLICT',
    });
    await expect(t.ledger.openCustomerAccount({ ...request, id: SETTLEMENT })).rejects.toMatchObject({ reason: 'ACCOUNT_EXISTS' });
    expect(await t.ledger.getBalance(opened.id)).toMatchObject({ posted: Money.ZERO, available: reais('50.00') });
  });

  it('answers NOT_FOUND for an account that does not exist', async () => {
    await expect(t.ledger.getBalance(accountId('ghost'))).rejects.toMatchObject({ reason: 'ACCOUNT_NOT_FOUND', code: 'NOT_FOUND' });
    await expect(t.ledger.getHistory(accountId('ghost'))).rejects.toMatchObject({ reason: 'ACCOUNT_NOT_FOUND' });
  });
});
