import { useHarness } from '@bank/testing';
import { newCustomer, newKey, openAccount, startAccounts } from './support';

const harness = useHarness(() => startAccounts({ ACCOUNTS_SANDBOX_ENABLED: 'false' }));

describe('simulateDeposit with ACCOUNTS_SANDBOX_ENABLED off', () => {
  it('is refused with UNPROCESSABLE and reason SANDBOX_DISABLED, and writes nothing', async () => {
    const call = harness.as(newCustomer());
    const account = await openAccount(call);
    const before = await harness.rowCounts();
    const { data, errors } = await call(
      `mutation($input: SimulateDepositInput!, $key: String!) { simulateDeposit(input: $input, idempotencyKey: $key) { reference } }`,
      { input: { accountId: account.id, amount: '50.00' }, key: newKey() },
    );
    expect(data?.simulateDeposit ?? null).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'SANDBOX_DISABLED' });
    expect(await harness.rowCounts()).toEqual(before);
    const balance = await harness.service.accounts.ledger.getBalance(account.id as never);
    expect(balance.posted.toString()).toBe('0.00');
  });
});
