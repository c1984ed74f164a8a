import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { eventually } from '@bank/testing';
import { openCheckingAccount, startStack, type Stack } from './stack';

/** Issue 12: input without bounds is stored. Every free text and every amount is bounded in the kernel, and refused before anything is written. */
describe('input bounds, through the gateway (issue 12)', () => {
  const ANA = { sub: 'c-ana-bounds', name: 'Ana Souza', document: '52998224725' };
  let stack: Stack;
  let database: Client;
  let accountId: string;
  let key: string;

  const OVER_EVERY_CEILING = '999999999999999.99';
  const HUGE = 'x'.repeat(90 * 1024);
  const quoteInput = {
    vehicle: { make: 'Fiat', model: 'Argo', year: 2024, plate: 'ABC1D23', fipeValue: '80000.00' },
    driver: { name: 'Ana Souza', cpf: '529.982.247-25', birthDate: '1990-05-10', licensedSince: '2010-01-15' },
    postalCode: '80010-000',
    use: 'PRIVATE',
    bonusClass: 3,
    coverages: ['COLLISION', 'THEFT'],
    deductible: 'STANDARD',
  };

  const CREATE_CHARGE = `mutation($input: CreatePixChargeInput!, $k: String!) { createPixCharge(input: $input, idempotencyKey: $k) { charge { txid } } }`;
  const SEND = `mutation($input: SendPixInput!, $k: String!) { sendPix(input: $input, idempotencyKey: $k) { pix { id } } }`;
  const QUOTE = `mutation($input: AutoQuoteInput!, $idempotencyKey: String!) { quoteAutoInsurance(input: $input, idempotencyKey: $idempotencyKey) { quote { id } } }`;
  const REQUEST_LOAN = `mutation($input: RequestLoanInput!, $k: String!) { requestLoan(input: $input, idempotencyKey: $k) { loan { id } } }`;
  const TRANSFER = `mutation($input: TransferBetweenAccountsInput!, $k: String!) { transferBetweenAccounts(input: $input, idempotencyKey: $k) { transfer { id } } }`;

  /** What the customer has, as the API lists it, and what the accounts database holds of payments and transfers. */
  const written = async () => {
    const { data } = await stack.as(ANA)(
      `{ me { pixCharges(first: 100) { edges { cursor } } autoQuotes(first: 100) { edges { cursor } } loans(first: 100) { edges { cursor } } } }`,
    );
    const me = data?.me as Record<string, { edges: unknown[] }>;
    const { rows } = await database.query<{ orders: string; transfers: string }>(
      'select (select count(*) from pix_orders) as orders, (select count(*) from transfers) as transfers',
    );
    return { charges: me.pixCharges!.edges.length, quotes: me.autoQuotes!.edges.length, loans: me.loans!.edges.length, ...rows[0] };
  };

  /** The one error of a refused mutation: BAD_USER_INPUT, naming the field (as an argument path or relative to the input). */
  const refusedOn = (result: Awaited<ReturnType<ReturnType<Stack['as']>>>, field: string) => {
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: expect.stringMatching(new RegExp(`^(input\\.)?${field.replaceAll('.', '\\.')}$`)),
    });
  };

  beforeAll(async () => {
    stack = await startStack({ subgraphTimeoutMs: 10_000 });
    database = new Client({ connectionString: stack.accountsDatabase.url });
    await database.connect();
    accountId = await openCheckingAccount(stack, ANA);
    await stack.as(ANA)(`mutation($id: ID!, $k: String!) { simulateDeposit(input: { accountId: $id, amount: "100.00" }, idempotencyKey: $k) { reference } }`, {
      id: accountId,
      k: randomUUID(),
    });
    const registered = await stack.as(ANA)(`mutation { registerPixKey(input: { type: EVP }, idempotencyKey: "${randomUUID()}") { pixKey { key } } }`);
    key = (registered.data?.registerPixKey as { pixKey: { key: string } }).pixKey.key;
  });
  afterAll(async () => {
    await database?.end();
    await stack?.stop();
  });

  describe('free text: a 90 KB name, NUL, ESC or U+202E is BAD_USER_INPUT and nothing is written', () => {
    it.each([
      [
        'a 90 KB payer name on a charge',
        CREATE_CHARGE,
        () => ({ input: { key, amount: '10.00', payer: { name: HUGE, document: '11144477735' } } }),
        'payer.name',
      ],
      ['NUL in a charge description', CREATE_CHARGE, () => ({ input: { key, amount: '10.00', description: 'Pizza\u0000' } }), 'description'],
      ['ESC in a charge description', CREATE_CHARGE, () => ({ input: { key, amount: '10.00', description: '\u001b[2J Pizza' } }), 'description'],
      ['U+202E in a charge description', CREATE_CHARGE, () => ({ input: { key, amount: '10.00', description: 'Pizza \u202e00.01' } }), 'description'],
      [
        'U+202E in a Pix description',
        SEND,
        () => ({ input: { fromAccountId: accountId, toKey: key, amount: '1.00', description: 'a\u202eb' } }),
        'description',
      ],
      [
        'ESC in a transfer description',
        TRANSFER,
        () => ({ input: { fromAccountId: accountId, toBranch: '0001', toNumber: '1', amount: '1.00', description: '\u001b' } }),
        'description',
      ],
      ['a 90 KB vehicle make', QUOTE, () => ({ input: { ...quoteInput, vehicle: { ...quoteInput.vehicle, make: HUGE } } }), 'vehicle.make'],
      ['NUL in a driver name', QUOTE, () => ({ input: { ...quoteInput, driver: { ...quoteInput.driver, name: 'Ana\u0000Souza' } } }), 'driver.name'],
      [
        'ESC in a loan purpose',
        REQUEST_LOAN,
        () => ({ input: { principal: '5000.00', termMonths: 12, system: 'PRICE', monthlyIncome: '8000.00', purpose: 'Reforma\u001b' } }),
        'purpose',
      ],
    ])('%s', async (_case, mutation, variables, field) => {
      const before = await written();
      refusedOn(await stack.as(ANA)(mutation, { ...variables(), k: randomUUID() }), field);
      expect(await written()).toEqual(before);
    });
  });

  describe(`amounts: ${OVER_EVERY_CEILING} is over every operation's ceiling, BAD_USER_INPUT and nothing is written`, () => {
    it('sendPix', async () => {
      const before = await written();
      refusedOn(await stack.as(ANA)(SEND, { input: { fromAccountId: accountId, toKey: key, amount: OVER_EVERY_CEILING }, k: randomUUID() }), 'amount');
      expect(await written()).toEqual(before);
    });

    it('an open-amount payment (simulatePixPayment) and payPixCode of an open-amount code', async () => {
      const created = await stack.as(ANA)(
        `mutation($k: String!, $key: String!) { createPixCharge(input: { key: $key }, idempotencyKey: $k) { charge { txid brCode } } }`,
        {
          k: randomUUID(),
          key,
        },
      );
      const { txid, brCode } = (created.data?.createPixCharge as { charge: { txid: string; brCode: string } }).charge;
      const before = await written();
      const PAY = `mutation($txid: ID!, $amount: Decimal, $idempotencyKey: String!) { simulatePixPayment(input: { txid: $txid, amount: $amount }, idempotencyKey: $idempotencyKey) { payment { endToEndId } } }`;
      refusedOn(await stack.as(ANA)(PAY, { txid, amount: OVER_EVERY_CEILING }), 'amount');
      const PAY_CODE = `mutation($input: PayPixCodeInput!, $k: String!) { payPixCode(input: $input, idempotencyKey: $k) { pix { id } } }`;
      refusedOn(await stack.as(ANA)(PAY_CODE, { input: { brCode, fromAccountId: accountId, amount: OVER_EVERY_CEILING }, k: randomUUID() }), 'amount');
      expect(await written()).toEqual(before);
      const read = await stack.as(ANA)(`query($txid: ID!) { pixCharge(txid: $txid) { status } }`, { txid });
      expect(read.data).toEqual({ pixCharge: { status: 'ACTIVE' } });
    });

    it('createPixCharge, transferBetweenAccounts, requestLoan', async () => {
      const before = await written();
      refusedOn(await stack.as(ANA)(CREATE_CHARGE, { input: { key, amount: OVER_EVERY_CEILING }, k: randomUUID() }), 'amount');
      refusedOn(
        await stack.as(ANA)(TRANSFER, { input: { fromAccountId: accountId, toBranch: '0001', toNumber: '1', amount: OVER_EVERY_CEILING }, k: randomUUID() }),
        'amount',
      );
      const loan = { principal: '10000000.00', termMonths: 12, system: 'PRICE', monthlyIncome: '8000.00', purpose: 'Reforma' };
      refusedOn(await stack.as(ANA)(REQUEST_LOAN, { input: loan, k: randomUUID() }), 'principal');
      expect(await written()).toEqual(before);
    });
  });

  describe('a premium no charge could carry', () => {
    it('is refused up front: a FIPE value over the insured value ceiling is BAD_USER_INPUT at the quote', async () => {
      const before = await written();
      refusedOn(
        await stack.as(ANA)(QUOTE, { input: { ...quoteInput, vehicle: { ...quoteInput.vehicle, fipeValue: '999999999999.99' } } }),
        'vehicle.fipeValue',
      );
      expect(await written()).toEqual(before);
    });

    it('refused by Pix, ends the policy CANCELLED_UNPAID, readable by the customer, instead of PENDING_PAYMENT forever', async () => {
      // Pix names the premium's payer by the sign-in name: one over the name cap is a charge request Pix refuses.
      const LONG_NAMED = { sub: 'c-long-name-bounds', name: `Ana ${'Souza '.repeat(30)}`.trim(), document: '11144477735' };
      const quoted = await stack.as(LONG_NAMED)(QUOTE, { input: { ...quoteInput, driver: { ...quoteInput.driver, cpf: '111.444.777-35' } } });
      const quoteId = (quoted.data?.quoteAutoInsurance as { quote: { id: string } }).quote.id;
      const issued = await stack.as(LONG_NAMED)(
        `mutation($id: ID!) { issueAutoPolicy(input: { quoteId: $id, installments: 1 }, idempotencyKey: "${randomUUID()}") { policy { id status } } }`,
        {
          id: quoteId,
        },
      );
      expect(issued.errors).toBeUndefined();
      const policyId = (issued.data?.issueAutoPolicy as { policy: { id: string } }).policy.id;
      const READ = `query($id: ID!) { autoPolicy(id: $id) { status cancellationReason premiumCharges { txid } } }`;
      await eventually(
        async () =>
          expect((await stack.as(LONG_NAMED)(READ, { id: policyId })).data).toEqual({
            autoPolicy: { status: 'CANCELLED_UNPAID', cancellationReason: expect.stringMatching(/Pix refused/), premiumCharges: [] },
          }),
        { timeoutMs: 20_000 },
      );
    });
  });
});
