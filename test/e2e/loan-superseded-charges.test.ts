import { randomUUID } from 'node:crypto';
import { eventually } from '@bank/testing';
import { openCheckingAccount, startStack, statementOf, type Stack } from './stack';

const RITA = { sub: 'c-rita-superseded', name: 'Rita Souza', document: '52998224725' };

const LOAN = `query($id: ID!) { loan(id: $id) { status installments { number status } } }`;
const PAY_CODE = `mutation($input: PayPixCodeInput!, $k: String!) { payPixCode(input: $input, idempotencyKey: $k) { pix { status } } }`;

/** Issue 12, "Charges that no longer apply stay payable": a charge a payment made pointless is removed at Pix (REMOVED_BY_PSP). */
describe('a loan charge superseded by another payment, through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphTimeoutMs: 10_000 }, { accounts: { pixOutcomeWaitMs: 5_000 } });
  });
  afterAll(() => stack.stop());

  it('pays off a loan from the account; the old installment code is then refused with its code, and nothing moves', async () => {
    const accountId = await openCheckingAccount(stack, RITA);
    const requested = await stack.as(RITA)(
      `mutation($k: String!) { requestLoan(input: { principal: "600.00", termMonths: 3, system: PRICE, monthlyIncome: "8000.00", purpose: "Geladeira" }, idempotencyKey: $k) { loan { id } } }`,
      { k: randomUUID() },
    );
    const loanId = (requested.data?.requestLoan as { loan: { id: string } }).loan.id;
    await eventually(async () => expect(((await stack.as(RITA)(LOAN, { id: loanId })).data?.loan as { status: string }).status).toBe('APPROVED'));
    await stack.as(RITA)(`mutation($id: ID!) { acceptLoanOffer(input: { loanId: $id }) { loan { status } } }`, { id: loanId });
    await eventually(async () => expect(((await stack.as(RITA)(LOAN, { id: loanId })).data?.loan as { status: string }).status).toBe('ACTIVE'), {
      timeoutMs: 15_000,
    });
    // Enough for the payoff (the IOF withheld from the disbursement) and for the old installment after it: only Pix's refusal stops it.
    await stack.as(RITA)(`mutation($id: ID!, $k: String!) { simulateDeposit(input: { accountId: $id, amount: "500.00" }, idempotencyKey: $k) { reference } }`, {
      id: accountId,
      k: randomUUID(),
    });

    const installment = await stack.as(RITA)(`mutation($id: ID!) { payLoanInstallment(input: { loanId: $id, number: 1 }) { charge { txid brCode status } } }`, {
      id: loanId,
    });
    const old = (installment.data?.payLoanInstallment as { charge: { txid: string; brCode: string; status: string } }).charge;
    expect(old.status).toBe('ACTIVE');
    const payoff = await stack.as(RITA)(`mutation($id: ID!) { payLoanPayoff(input: { loanId: $id }) { charge { txid brCode } } }`, { id: loanId });
    const { brCode } = (payoff.data?.payLoanPayoff as { charge: { brCode: string } }).charge;
    const paid = await stack.as(RITA)(PAY_CODE, { input: { brCode, fromAccountId: accountId }, k: randomUUID() });
    expect(paid.errors).toBeUndefined();
    await eventually(async () => expect(((await stack.as(RITA)(LOAN, { id: loanId })).data?.loan as { status: string }).status).toBe('SETTLED'), {
      timeoutMs: 15_000,
    });

    // The installment's charge, superseded by the payoff, is removed at Pix.
    await eventually(
      async () =>
        expect((await stack.as(RITA)(`query($t: ID!) { pixCharge(txid: $t) { status } }`, { t: old.txid })).data).toEqual({
          pixCharge: { status: 'REMOVED_BY_PSP' },
        }),
      { timeoutMs: 15_000 },
    );
    const before = await statementOf(stack, RITA, accountId);
    const again = await stack.as(RITA)(PAY_CODE, { input: { brCode: old.brCode, fromAccountId: accountId }, k: randomUUID() });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'CHARGE_REMOVED' });
    const after = await statementOf(stack, RITA, accountId);
    expect(after).toEqual(before);
  });
});
