import { randomUUID } from 'node:crypto';
import { eventually } from '@bank/testing';
import { openCheckingAccount, startStack, statementOf, type Stack } from './stack';

const RITA = { sub: 'c-rita-deleted-key', name: 'Rita Souza', document: '52998224725' };
const JOAO = { sub: 'c-joao-deleted-key', name: 'João Lima', document: '11144477735' };

const REGISTER = `mutation($k: String!) { registerPixKey(input: { type: EVP }, idempotencyKey: $k) { pixKey { key } } }`;
const CREATE = `mutation($key: String!, $k: String!) { createPixCharge(input: { key: $key, amount: "25.00" }, idempotencyKey: $k) { charge { txid brCode } } }`;
const DELETE = `mutation($key: String!) { deletePixKey(input: { key: $key }) { pixKey { key } } }`;
const CHARGE = `query($t: ID!) { pixCharge(txid: $t) { status } }`;
const PAY_CODE = `mutation($input: PayPixCodeInput!, $k: String!) { payPixCode(input: $input, idempotencyKey: $k) { pix { status } } }`;

/** Issue 12, "Charges that no longer apply stay payable": deleting a key removes its open charges (REMOVED_BY_PSP). */
describe('the charges of a deleted Pix key, through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphTimeoutMs: 10_000 }, { accounts: { pixOutcomeWaitMs: 5_000 } });
  });
  afterAll(() => stack.stop());

  it('are removed by the PSP with the key; paying one of their codes is refused and moves no money', async () => {
    const ritaAccount = await openCheckingAccount(stack, RITA);
    const joaoAccount = await openCheckingAccount(stack, JOAO);
    await stack.as(JOAO)(`mutation($id: ID!, $k: String!) { simulateDeposit(input: { accountId: $id, amount: "100.00" }, idempotencyKey: $k) { reference } }`, {
      id: joaoAccount,
      k: randomUUID(),
    });
    const { key } = ((await stack.as(RITA)(REGISTER, { k: randomUUID() })).data?.registerPixKey as { pixKey: { key: string } }).pixKey;
    const open = ((await stack.as(RITA)(CREATE, { key, k: randomUUID() })).data?.createPixCharge as { charge: { txid: string; brCode: string } }).charge;

    expect((await stack.as(RITA)(DELETE, { key })).errors).toBeUndefined();
    expect((await stack.as(RITA)(CHARGE, { t: open.txid })).data).toEqual({ pixCharge: { status: 'REMOVED_BY_PSP' } });

    const before = { joao: await statementOf(stack, JOAO, joaoAccount), rita: await statementOf(stack, RITA, ritaAccount) };
    const paid = await stack.as(JOAO)(PAY_CODE, { input: { brCode: open.brCode, fromAccountId: joaoAccount }, k: randomUUID() });
    expect(paid.errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'CHARGE_REMOVED' });
    await eventually(async () => {
      expect(await statementOf(stack, JOAO, joaoAccount)).toEqual(before.joao);
      expect(await statementOf(stack, RITA, ritaAccount)).toEqual(before.rita);
    });
  });
});
