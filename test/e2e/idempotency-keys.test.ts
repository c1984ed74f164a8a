import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { eventually } from '@bank/testing';
import type { TokenClaims } from '../../gateway/test/support';
import { openCheckingAccount, startStack, statementOf, type Stack } from './stack';

const STAFF = { sub: 's-keys', roles: ['staff'], name: 'Ana', document: '39053344705' };
const quoteInput = {
  vehicle: { make: 'Fiat', model: 'Argo', year: 2024, plate: 'ABC1D23', fipeValue: '80000.00' },
  driver: { name: 'Maria Silva', cpf: '529.982.247-25', birthDate: '1990-05-10', licensedSince: '2010-01-15' },
  postalCode: '80010-000',
  use: 'PRIVATE',
  bonusClass: 3,
  coverages: ['COLLISION', 'THEFT'],
  deductible: 'STANDARD',
};

/** One newly keyed mutation, ready to send: its first input, another input, and what it changes (read after it settled). */
interface KeyedCase {
  readonly claims: TokenClaims;
  readonly mutation: string;
  readonly input: Record<string, unknown>;
  readonly otherInput: Record<string, unknown>;
  /** What the mutation did, once it settled (balances, lists): a retry must leave it as it is. */
  readonly effect: () => Promise<unknown>;
}

let stack: Stack;
let customers = 0;
const newCustomer = (): TokenClaims => ({ sub: `c-keys-${(customers += 1)}-${randomUUID().slice(0, 8)}`, name: 'Maria Silva', document: '52998224725' });
const ok = async <T>(claims: TokenClaims, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
  const { data, errors } = await stack.as(claims)(query, variables);
  if (errors !== undefined || data == null) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(errors)}`);
  return data as T;
};
const mutation = (name: string, inputType: string, selection: string) =>
  `mutation($input: ${inputType}!, $idempotencyKey: String!) { ${name}(input: $input, idempotencyKey: $idempotencyKey) ${selection} }`;

const loanStatus = async (claims: TokenClaims, id: string) =>
  (await ok<{ loan: { status: string } }>(claims, `query($id: ID!) { loan(id: $id) { status } }`, { id })).loan.status;
async function approvedLoan(claims: TokenClaims): Promise<string> {
  const { requestLoan } = await ok<{ requestLoan: { loan: { id: string } } }>(
    claims,
    `mutation($k: String!) { requestLoan(input: { principal: "1000.00", termMonths: 2, system: PRICE, monthlyIncome: "8000.00", purpose: "Notebook" }, idempotencyKey: $k) { loan { id } } }`,
    { k: randomUUID() },
  );
  await eventually(async () => expect(await loanStatus(claims, requestLoan.loan.id)).toBe('APPROVED'), { timeoutMs: 30_000 });
  return requestLoan.loan.id;
}
const ACCEPT = `mutation($id: ID!, $k: String!) { acceptLoanOffer(input: { loanId: $id }, idempotencyKey: $k) { loan { id } } }`;
async function activeLoan(claims: TokenClaims): Promise<string> {
  const loanId = await approvedLoan(claims);
  await ok(claims, ACCEPT, { id: loanId, k: randomUUID() });
  await eventually(async () => expect(await loanStatus(claims, loanId)).toBe('ACTIVE'), { timeoutMs: 30_000 });
  return loanId;
}

async function activePolicy(claims: TokenClaims): Promise<string> {
  const { quoteAutoInsurance } = await ok<{ quoteAutoInsurance: { quote: { id: string } } }>(
    claims,
    mutation('quoteAutoInsurance', 'AutoQuoteInput', '{ quote { id } }'),
    { input: quoteInput },
  );
  const { issueAutoPolicy } = await ok<{ issueAutoPolicy: { policy: { id: string } } }>(
    claims,
    mutation('issueAutoPolicy', 'IssueAutoPolicyInput', '{ policy { id } }'),
    { input: { quoteId: quoteAutoInsurance.quote.id, installments: 1 } },
  );
  const policyId = issueAutoPolicy.policy.id;
  const txid = await eventually(async () => {
    const { autoPolicy } = await ok<{ autoPolicy: { premiumCharges: { txid: string; status: string }[] } }>(
      claims,
      `query($id: ID!) { autoPolicy(id: $id) { premiumCharges { txid status } } }`,
      { id: policyId },
    );
    expect(autoPolicy.premiumCharges[0]?.status).toBe('ACTIVE');
    return autoPolicy.premiumCharges[0]!.txid;
  });
  await ok(claims, mutation('simulatePixPayment', 'SimulatePixPaymentInput', '{ payment { endToEndId } }'), { input: { txid } });
  await eventually(async () => expect(await policyState(claims, policyId)).toMatchObject({ status: 'ACTIVE' }), { timeoutMs: 30_000 });
  return policyId;
}
const policyState = async (claims: TokenClaims, id: string) =>
  (await ok<{ autoPolicy: unknown }>(claims, `query($id: ID!) { autoPolicy(id: $id) { status refundFailure { reason } } }`, { id })).autoPolicy;
const claimState = async (id: string) =>
  (await ok<{ autoClaim: unknown }>(STAFF, `query($id: ID!) { autoClaim(id: $id) { status payoutFailure { reason } } }`, { id })).autoClaim;
const keys = async (claims: TokenClaims) => (await ok<{ me: unknown }>(claims, `{ me { pixKeys { type key } } }`)).me;
const balanceOf = (claims: TokenClaims, accountId: string) => statementOf(stack, claims, accountId);

/** Each newly keyed mutation, its state prepared as a client would have it before calling. */
const CASES: Record<string, () => Promise<KeyedCase>> = {
  registerPixKey: async () => {
    const claims = newCustomer();
    return {
      claims,
      mutation: mutation('registerPixKey', 'RegisterPixKeyInput', '{ pixKey { type key } }'),
      input: { type: 'EVP' },
      otherInput: { type: 'EMAIL', key: `${claims.sub}@example.com` },
      effect: () => keys(claims),
    };
  },
  simulatePixPayment: async () => {
    const claims = newCustomer();
    const { registerPixKey } = await ok<{ registerPixKey: { pixKey: { key: string } } }>(
      claims,
      mutation('registerPixKey', 'RegisterPixKeyInput', '{ pixKey { key } }'),
      { input: { type: 'EVP' } },
    );
    const charge = async () =>
      (
        await ok<{ createPixCharge: { charge: { txid: string } } }>(claims, mutation('createPixCharge', 'CreatePixChargeInput', '{ charge { txid } }'), {
          input: { key: registerPixKey.pixKey.key, amount: '10.00' },
        })
      ).createPixCharge.charge.txid;
    const [txid, other] = [await charge(), await charge()];
    return {
      claims,
      mutation: mutation('simulatePixPayment', 'SimulatePixPaymentInput', '{ payment { endToEndId txid amount } }'),
      input: { txid },
      otherInput: { txid: other },
      effect: async () => ok(claims, `query($t: ID!) { pixCharge(txid: $t) { status payments { endToEndId } } }`, { t: txid }),
    };
  },
  quoteAutoInsurance: async () => {
    const claims = newCustomer();
    return {
      claims,
      mutation: mutation('quoteAutoInsurance', 'AutoQuoteInput', '{ quote { id totalPremium } }'),
      input: quoteInput,
      otherInput: { ...quoteInput, bonusClass: 5 },
      effect: () => ok(claims, `{ me { autoQuotes { edges { node { id } } } } }`),
    };
  },
  issueAutoPolicy: async () => {
    const claims = newCustomer();
    const { quoteAutoInsurance } = await ok<{ quoteAutoInsurance: { quote: { id: string } } }>(
      claims,
      mutation('quoteAutoInsurance', 'AutoQuoteInput', '{ quote { id } }'),
      { input: quoteInput },
    );
    return {
      claims,
      mutation: mutation('issueAutoPolicy', 'IssueAutoPolicyInput', '{ policy { id } }'),
      input: { quoteId: quoteAutoInsurance.quote.id, installments: 1 },
      otherInput: { quoteId: quoteAutoInsurance.quote.id, installments: 2 },
      effect: () => ok(claims, `{ me { autoPolicies { edges { node { id premiumCharges { txid } } } } } }`),
    };
  },
  acceptLoanOffer: async () => {
    const claims = newCustomer();
    const accountId = await openCheckingAccount(stack, claims);
    const loanId = await approvedLoan(claims);
    return {
      claims,
      mutation: mutation('acceptLoanOffer', 'AcceptLoanOfferInput', '{ loan { id } }'),
      input: { loanId },
      otherInput: { loanId: `${loanId}-other` },
      effect: async () => {
        await eventually(async () => expect(await loanStatus(claims, loanId)).toBe('ACTIVE'), { timeoutMs: 30_000 });
        return balanceOf(claims, accountId);
      },
    };
  },
  retryLoanDisbursement: async () => {
    const claims = newCustomer();
    const loanId = await approvedLoan(claims);
    // No checking account yet: the disbursement fails, and is retried once the account is open.
    await ok(claims, ACCEPT, { id: loanId, k: randomUUID() });
    await eventually(async () => expect(await loanStatus(claims, loanId)).toBe('DISBURSEMENT_FAILED'), { timeoutMs: 30_000 });
    const accountId = await openCheckingAccount(stack, claims);
    return {
      claims,
      mutation: mutation('retryLoanDisbursement', 'RetryLoanDisbursementInput', '{ loan { id } }'),
      input: { loanId },
      otherInput: { loanId: `${loanId}-other` },
      effect: async () => {
        await eventually(async () => expect(await loanStatus(claims, loanId)).toBe('ACTIVE'), { timeoutMs: 30_000 });
        return balanceOf(claims, accountId);
      },
    };
  },
  payLoanInstallment: async () => {
    const claims = newCustomer();
    await openCheckingAccount(stack, claims);
    const loanId = await activeLoan(claims);
    return {
      claims,
      mutation: mutation('payLoanInstallment', 'PayLoanInstallmentInput', '{ charge { txid amount } }'),
      input: { loanId, number: 1 },
      otherInput: { loanId, number: 2 },
      effect: () => ok(claims, `query($id: ID!) { loan(id: $id) { installments { number charge { txid } } } }`, { id: loanId }),
    };
  },
  payLoanPayoff: async () => {
    const claims = newCustomer();
    await openCheckingAccount(stack, claims);
    const loanId = await activeLoan(claims);
    return {
      claims,
      mutation: mutation('payLoanPayoff', 'PayLoanPayoffInput', '{ charge { txid amount } }'),
      input: { loanId },
      otherInput: { loanId: `${loanId}-other` },
      effect: () => ok(claims, `{ me { pixCharges { edges { node { txid } } } } }`),
    };
  },
  retryAutoClaimPayout: async () => {
    const holder = newCustomer();
    const policyId = await activePolicy(holder);
    const { fileAutoClaim } = await ok<{ fileAutoClaim: { claim: { id: string } } }>(
      holder,
      mutation('fileAutoClaim', 'FileAutoClaimInput', '{ claim { id } }'),
      { input: { policyId, type: 'COLLISION', occurredAt: new Date().toISOString(), description: 'Batida no estacionamento', estimatedAmount: '10000.00' } },
    );
    const claimId = fileAutoClaim.claim.id;
    await ok(STAFF, `mutation($c: ID!) { reviewAutoClaim(input: { claimId: $c, decision: APPROVE, approvedAmount: "9000.00" }) { claim { id } } }`, {
      c: claimId,
    });
    // No checking account yet: the payout fails, and is retried once the account is open.
    await eventually(
      async () =>
        expect(await claimState(claimId)).toMatchObject({ status: 'APPROVED', payoutFailure: { reason: expect.stringContaining('no checking account') } }),
      {
        timeoutMs: 30_000,
      },
    );
    const accountId = await openCheckingAccount(stack, holder);
    return {
      claims: STAFF,
      mutation: mutation('retryAutoClaimPayout', 'RetryAutoClaimPayoutInput', '{ claim { id } }'),
      input: { claimId },
      otherInput: { claimId: `${claimId}-other` },
      effect: async () => {
        await eventually(async () => expect(await claimState(claimId)).toMatchObject({ status: 'PAID' }), { timeoutMs: 30_000 });
        return balanceOf(holder, accountId);
      },
    };
  },
  retryAutoPolicyRefund: async () => {
    const holder = newCustomer();
    const policyId = await activePolicy(holder);
    await ok(holder, `mutation($p: ID!) { cancelAutoPolicy(input: { policyId: $p, reason: "Vendi o carro" }) { policy { id } } }`, { p: policyId });
    await eventually(
      async () => expect(await policyState(holder, policyId)).toMatchObject({ refundFailure: { reason: expect.stringContaining('no checking account') } }),
      {
        timeoutMs: 30_000,
      },
    );
    const accountId = await openCheckingAccount(stack, holder);
    return {
      claims: holder,
      mutation: mutation('retryAutoPolicyRefund', 'RetryAutoPolicyRefundInput', '{ policy { id } }'),
      input: { policyId },
      otherInput: { policyId: `${policyId}-other` },
      effect: async () => {
        // The refund is credited once the accounts subgraph has posted it.
        return eventually(
          async () => {
            const balance = await balanceOf(holder, accountId);
            expect(balance.lines).toHaveLength(1);
            return balance;
          },
          { timeoutMs: 30_000 },
        );
      },
    };
  },
};

describe('every mutation that creates or moves money is safe to retry with its idempotency key (issue 12)', () => {
  beforeAll(async () => {
    stack = await startStack();
  }, 120_000);
  afterAll(() => stack.stop());

  it.each(Object.keys(CASES))(
    '%s: the same key and input answer the first result and act once; the same key with other input is CONFLICT',
    async (name) => {
      const { claims, mutation: query, input, otherInput, effect } = await CASES[name]!();
      const idempotencyKey = randomUUID();
      const first = await stack.as(claims)(query, { input, idempotencyKey });
      expect(first.errors).toBeUndefined();
      const settled = await effect();

      const retry = await stack.as(claims)(query, { input, idempotencyKey });
      expect(retry.errors).toBeUndefined();
      expect(retry.data).toEqual(first.data);
      // Whatever a second run would set off (a credit, an event) has had time to land.
      await sleep(500);
      expect(await effect()).toEqual(settled);

      const other = await stack.as(claims)(query, { input: otherInput, idempotencyKey });
      expect(other.errors?.map(({ extensions }) => extensions?.code)).toEqual(['CONFLICT']);
      expect(await effect()).toEqual(settled);
    },
    180_000,
  );
});
