import { LedgerError, parseTransferId } from '../../src/ledger';
import { fundedAccount, hold, posted, rowCounts, SETTLEMENT, single, useLedger } from './support';

describe('ledger: an account whose debits are refused (blocked)', () => {
  const t = useLedger('ledger_debits_refused');

  it('refuses its new debits with ACCOUNT_BLOCKED and writes nothing, still credits it, posts a hold made before, and debits it again once allowed', async () => {
    const account = await fundedAccount(t.ledger, '10.00');
    const other = await fundedAccount(t.ledger, '0.00');
    const earlier = await t.ledger.createTransfer(hold(account, other, '2.00'));
    await t.ledger.refuseDebits(account, true);

    const before = await rowCounts(t.db);
    await expect(t.ledger.createTransfer(single(account, other, '1.00'))).rejects.toBeInstanceOf(LedgerError);
    await expect(t.ledger.createTransfer(hold(account, other, '1.00'))).rejects.toMatchObject({ reason: 'ACCOUNT_BLOCKED', code: 'UNPROCESSABLE' });
    expect(await rowCounts(t.db)).toEqual(before);

    await t.ledger.createTransfer(single(SETTLEMENT, account, '5.00', { code: 'deposit' }));
    await t.ledger.createTransfer({ type: 'post', id: parseTransferId(`${earlier.id}-post`), pendingId: earlier.id, amount: null });
    expect(await posted(t.ledger, account)).toBe('13.00');

    await t.ledger.refuseDebits(account, false);
    await t.ledger.createTransfer(single(account, other, '1.00'));
    expect(await posted(t.ledger, account)).toBe('12.00');
  });

  it('refuses to block a bank account or one that does not exist', async () => {
    await expect(t.ledger.refuseDebits(SETTLEMENT, true)).rejects.toMatchObject({ reason: 'ACCOUNT_NOT_FOUND' });
    await expect(t.ledger.refuseDebits(await fundedAccount(t.ledger, '0.00').then((id) => `${id}-none` as typeof id), true)).rejects.toMatchObject({
      reason: 'ACCOUNT_NOT_FOUND',
    });
  });
});
