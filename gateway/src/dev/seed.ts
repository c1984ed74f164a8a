/**
 * The demo story `npm run seed` tells through the public API (HTTP to the gateway, never into a
 * store), so everything it creates went through the same rules, events and subgraphs as a real
 * client's requests. Running it again changes nothing: each step first reads what is there, and
 * every mutation that can take an idempotency key gets a fixed one.
 *
 *   Padaria Lima applies for working capital before it has a checking account: the disbursement fails.
 *   Ana and Padaria Lima open their checking accounts; a sandbox deposit funds each; Ana pays Padaria Lima's catering from hers.
 *   Ana and Padaria Lima register their keys (every type between them).
 *   Each charges the other's kind of customer: one charge paid, one still open.
 *   Ana sends Padaria Lima a Pix for breakfast.
 *   Ana's loans: one rejected, one offer waiting, one active with its first installment paid, one paid off.
 *   Ana quotes auto insurance twice, takes the first quote, pays the first premium: an active policy; a claim for a cracked windscreen.
 *   Each gets a virtual debit card, Ana also a credit card; the sandbox card network buys with them (./seed-cards.ts).
 */
import { DEMO_CUSTOMERS, type DemoCustomer } from './demo-customers';
import { anaCards, padariaCards, seedCards } from './seed-cards';
import { seedClient, waitFor, type Run } from './seed-client';

export interface SeededCustomer {
  readonly customer: DemoCustomer;
  /** A fresh token (1 h) for the explorers, the request collection and curl. */
  readonly token: string;
}

type Log = (line: string) => void;

export async function seedDemo(gatewayOrigin: string, log: Log = () => undefined): Promise<readonly SeededCustomer[]> {
  const client = seedClient(gatewayOrigin);
  const ana = client.as(await client.token(DEMO_CUSTOMERS.ana));
  const padaria = client.as(await client.token(DEMO_CUSTOMERS.padaria));

  await loanBeforeAnyAccount(padaria, log);
  const anaAccount = await checkingAccount(ana, { key: 'seed-ana-checking', deposit: { key: 'seed-ana-salary', amount: '4200.00' } }, log);
  const padariaAccount = await checkingAccount(padaria, { key: 'seed-padaria-checking', deposit: { key: 'seed-padaria-takings', amount: '12500.00' } }, log);
  await accountTransfer(
    ana,
    { key: 'seed-ana-catering', from: anaAccount, to: padariaAccount, amount: '260.00', description: 'Salgados para o aniversário' },
    log,
  );
  await registerKeys(ana, ANA_KEYS, log);
  await registerKeys(padaria, PADARIA_KEYS, log);
  await charges(
    ana,
    [
      { id: 'seed-ana-piano-march', amount: '180.00', description: 'Aula de piano, março', paid: true },
      { id: 'seed-ana-piano-april', amount: '180.00', description: 'Aula de piano, abril', paid: false },
    ],
    log,
  );
  await charges(
    padaria,
    [
      { id: 'seed-padaria-order-1042', amount: '42.50', description: 'Café da manhã, pedido 1042', paid: true },
      { id: 'seed-padaria-cake', amount: '120.00', description: 'Encomenda: bolo de aniversário', paid: false },
    ],
    log,
  );
  await transfer(ana, anaAccount, { id: 'seed-ana-to-padaria', toKey: PADARIA_EMAIL, amount: '35.90', description: 'Pão de queijo e café' }, log);
  await anaLoans(ana, log);
  await autoInsurance(ana, log);
  await seedCards(ana, anaCards(anaAccount.id), log);
  await seedCards(padaria, padariaCards(padariaAccount.id), log);

  return Promise.all(Object.values(DEMO_CUSTOMERS).map(async (customer) => ({ customer, token: await client.token(customer) })));
}

// ---- Checking accounts ---------------------------------------------------------------------

interface AccountView {
  readonly id: string;
  readonly number: string;
}

/**
 * Opens the customer's checking account (opening again returns it) and deposits into it once: both
 * under fixed idempotency keys, so a rerun gets the same account and the same deposit back.
 */
async function checkingAccount(run: Run, opening: { key: string; deposit: { key: string; amount: string } }, log: Log): Promise<AccountView> {
  const { openAccount } = await run<{ openAccount: { account: AccountView } }>(
    'mutation SeedAccount($key: String!) { openAccount(input: { kind: CHECKING }, idempotencyKey: $key) { account { id number } } }',
    { key: opening.key },
  );
  const { account } = openAccount;
  const { simulateDeposit } = await run<{ simulateDeposit: { account: { balance: { available: string } } } }>(
    'mutation SeedDeposit($input: SimulateDepositInput!, $key: String!) { simulateDeposit(input: $input, idempotencyKey: $key) { account { balance { available } } } }',
    { input: { accountId: account.id, amount: opening.deposit.amount }, key: opening.deposit.key },
  );
  log(`checking account 0001 ${account.number}: deposit of R$ ${opening.deposit.amount}, available R$ ${simulateDeposit.account.balance.available}`);
  return account;
}

async function accountTransfer(
  run: Run,
  transfer: { key: string; from: AccountView; to: AccountView; amount: string; description: string },
  log: Log,
): Promise<void> {
  await run(
    'mutation SeedAccountTransfer($input: TransferBetweenAccountsInput!, $key: String!) { transferBetweenAccounts(input: $input, idempotencyKey: $key) { transfer { id } } }',
    {
      input: { fromAccountId: transfer.from.id, toBranch: '0001', toNumber: transfer.to.number, amount: transfer.amount, description: transfer.description },
      key: transfer.key,
    },
  );
  log(`transfer of R$ ${transfer.amount} from account ${transfer.from.number} to ${transfer.to.number}: "${transfer.description}"`);
}

// ---- Pix keys -------------------------------------------------------------------------------

type KeyType = 'CPF' | 'CNPJ' | 'EMAIL' | 'PHONE' | 'EVP';
/** The key of each type; EVP keys are generated by the bank. */
type Keys = Partial<Record<KeyType, string | null>>;

const ANA_KEYS: Keys = { CPF: DEMO_CUSTOMERS.ana.document, EMAIL: 'ana.souza@example.com', PHONE: '+5511987654321', EVP: null };
const PADARIA_EMAIL = 'contato@padarialima.example.com';
const PADARIA_KEYS: Keys = { CNPJ: DEMO_CUSTOMERS.padaria.document, EMAIL: PADARIA_EMAIL, EVP: null };

interface SeedKey {
  readonly id: string;
  readonly type: KeyType;
  readonly status: 'ACTIVE' | 'PENDING_CONFIRMATION';
}

async function registerKeys(run: Run, keys: Keys, log: Log): Promise<void> {
  const { me } = await run<{ me: { name: string; pixKeys: SeedKey[] } }>('query SeedKeys { me { name pixKeys { id type status } } }');
  const held = new Map(me.pixKeys.map((key) => [key.type, key]));
  for (const [type, key] of Object.entries(keys) as [KeyType, string | null][]) {
    let registered = held.get(type);
    const fresh = registered === undefined;
    if (registered === undefined) {
      ({
        registerPixKey: { pixKey: registered },
      } = await run<{ registerPixKey: { pixKey: SeedKey } }>(
        'mutation SeedKey($input: RegisterPixKeyInput!) { registerPixKey(input: $input) { pixKey { id type status } } }',
        {
          input: { type, ...(key === null ? {} : { key }) },
        },
      ));
      log(`${me.name}: Pix key ${type}${key === null ? '' : ` ${key}`}`);
    }
    if (registered.status === 'PENDING_CONFIRMATION') await confirmKey(run, registered, fresh, log);
  }
}

const KEY_CODE = 'query SeedKeyCode($keyId: ID!) { pixKeyConfirmationCode(keyId: $keyId) }';

/**
 * A phone or e-mail key is confirmed with the code sent to it, read as its holder would through the
 * sandbox's development-only query; a key left pending by an earlier run gets a fresh code first.
 */
async function confirmKey(run: Run, key: SeedKey, fresh: boolean, log: Log): Promise<void> {
  if (!fresh)
    await run('mutation SeedKeyResend($input: ResendPixKeyCodeInput!) { resendPixKeyCode(input: $input) { pixKey { id } } }', { input: { keyId: key.id } });
  const { pixKeyConfirmationCode: code } = await run<{ pixKeyConfirmationCode: string | null }>(KEY_CODE, { keyId: key.id });
  if (code === null) throw new Error(`no confirmation code was sent for the ${key.type} key`);
  await run('mutation SeedKeyConfirm($input: ConfirmPixKeyInput!) { confirmPixKey(input: $input) { pixKey { status } } }', { input: { keyId: key.id, code } });
  log(`  ${key.type} key confirmed with the code sent to it`);
}

// ---- Pix charges and a transfer -------------------------------------------------------------

interface SeedCharge {
  readonly id: string;
  readonly amount: string;
  readonly description: string;
  /** Paid by a simulated external payer (the Pix sandbox), or left open. */
  readonly paid: boolean;
}

const WEEK_SECONDS = 7 * 24 * 3600;

async function charges(run: Run, wanted: readonly SeedCharge[], log: Log): Promise<void> {
  const { me } = await run<{ me: { name: string; pixKeys: { key: string; type: KeyType }[] } }>('query SeedChargeKey { me { name pixKeys { key type } } }');
  const key = me.pixKeys.find(({ type }) => type === 'EVP')?.key;
  if (key === undefined) throw new Error(`${me.name} has no EVP key to charge to`);
  for (const { id, amount, description, paid } of wanted) {
    const {
      createPixCharge: { charge },
    } = await run<{ createPixCharge: { charge: { txid: string; status: string } } }>(
      'mutation SeedCharge($input: CreatePixChargeInput!, $key: String!) { createPixCharge(input: $input, idempotencyKey: $key) { charge { txid status } } }',
      { input: { key, amount, description, expiresInSeconds: WEEK_SECONDS }, key: id },
    );
    if (paid && charge.status === 'ACTIVE') await simulatePayment(run, charge.txid);
    log(`${me.name}: charge "${description}" R$ ${amount}, ${paid ? 'paid' : 'open'}`);
  }
}

/** Pays a charge as the sandbox's external payer. */
async function simulatePayment(run: Run, txid: string): Promise<void> {
  await run('mutation SeedPay($txid: ID!) { simulatePixPayment(input: { txid: $txid }) { payment { endToEndId } } }', { txid });
}

/** The customer's checking account (opening it again returns it). */
/** A Pix from the customer's checking account (once: it is idempotent). */
async function transfer(run: Run, from: AccountView, pix: { id: string; toKey: string; amount: string; description: string }, log: Log): Promise<void> {
  const { sendPix } = await run<{ sendPix: { pix: { id: string } } }>(
    'mutation SeedSend($input: SendPixInput!, $key: String!) { sendPix(input: $input, idempotencyKey: $key) { pix { id } } }',
    { input: { fromAccountId: from.id, toKey: pix.toKey, amount: pix.amount, description: pix.description }, key: pix.id },
  );
  const read = () => run<{ pixTransfer: { status: string } }>('query SeedTransfer($id: ID!) { pixTransfer(id: $id) { status } }', { id: sendPix.pix.id });
  const { pixTransfer } = await waitFor('the transfer to settle', read, ({ pixTransfer: { status } }) => status !== 'PENDING');
  log(`Pix of R$ ${pix.amount} to ${pix.toKey}: ${pixTransfer.status}`);
}

// ---- Loans ----------------------------------------------------------------------------------

type LoanStatus = 'UNDER_ANALYSIS' | 'REJECTED' | 'APPROVED' | 'CONTRACTED' | 'DISBURSEMENT_FAILED' | 'ACTIVE' | 'SETTLED';
interface SeedLoan {
  readonly id: string;
  readonly principal: string;
  readonly termMonths: number;
  readonly system: 'PRICE' | 'SAC';
  readonly monthlyIncome: string;
  readonly purpose: string;
}
interface LoanView {
  readonly id: string;
  readonly status: LoanStatus;
  readonly installments: readonly { number: number; status: string }[];
}

const LOAN_FIELDS = 'id status installments { number status }';
/** Statuses the story does not wait past: a decision, or the disbursement's outcome. */
const DECIDED: readonly LoanStatus[] = ['REJECTED', 'APPROVED', 'DISBURSEMENT_FAILED', 'ACTIVE', 'SETTLED'];

async function requestLoan(run: Run, loan: SeedLoan): Promise<LoanView> {
  const { id, ...input } = loan;
  const {
    requestLoan: { loan: requested },
  } = await run<{ requestLoan: { loan: LoanView } }>(
    `mutation SeedLoan($input: RequestLoanInput!, $key: String!) { requestLoan(input: $input, idempotencyKey: $key) { loan { ${LOAN_FIELDS} } } }`,
    { input, key: id },
  );
  return settledLoan(run, requested.id, DECIDED);
}

const settledLoan = (run: Run, id: string, statuses: readonly LoanStatus[]) =>
  waitFor(
    `loan ${id} to reach ${statuses.join(' or ')}`,
    async () => (await run<{ loan: LoanView }>(`query SeedReadLoan($id: ID!) { loan(id: $id) { ${LOAN_FIELDS} } }`, { id })).loan,
    ({ status }) => statuses.includes(status),
  );

/** Accepts an APPROVED offer and waits for the disbursement's outcome. */
async function accept(run: Run, loan: LoanView): Promise<LoanView> {
  if (loan.status !== 'APPROVED') return loan;
  await run('mutation SeedAccept($id: ID!) { acceptLoanOffer(input: { loanId: $id }) { loan { status } } }', { id: loan.id });
  return settledLoan(run, loan.id, ['ACTIVE', 'DISBURSEMENT_FAILED']);
}

/** Pays a charge the loans subgraph asked Pix for, as the sandbox's external payer. */
async function payCharge(run: Run, mutation: string, variables: Record<string, unknown>): Promise<void> {
  const data = await run<Record<string, { charge: { txid: string } }>>(mutation, variables);
  for (const { charge } of Object.values(data)) await simulatePayment(run, charge.txid);
}

async function loanBeforeAnyAccount(padaria: Run, log: Log): Promise<void> {
  const { me } = await padaria<{ me: { accounts: unknown[] } }>('query SeedNoAccount { me { accounts { id } } }');
  const loan = await requestLoan(padaria, {
    id: 'seed-padaria-working-capital',
    principal: '20000.00',
    termMonths: 12,
    system: 'PRICE',
    monthlyIncome: '30000.00',
    purpose: 'Capital de giro: forno novo',
  });
  // Accepted only while Padaria Lima still has no checking account, so the disbursement fails the first time the story runs.
  const outcome = me.accounts.length === 0 ? await accept(padaria, loan) : loan;
  log(`Padaria Lima Ltda: working-capital loan ${outcome.status}`);
}

async function anaLoans(ana: Run, log: Log): Promise<void> {
  const income = '9000.00';
  const rejected = await requestLoan(ana, {
    id: 'seed-ana-car',
    principal: '80000.00',
    termMonths: 24,
    system: 'PRICE',
    monthlyIncome: income,
    purpose: 'Carro novo',
  });
  const offer = await requestLoan(ana, {
    id: 'seed-ana-course',
    principal: '3000.00',
    termMonths: 12,
    system: 'SAC',
    monthlyIncome: income,
    purpose: 'Curso de inglês',
  });

  let renovation = await accept(
    ana,
    await requestLoan(ana, {
      id: 'seed-ana-renovation',
      principal: '6000.00',
      termMonths: 12,
      system: 'PRICE',
      monthlyIncome: income,
      purpose: 'Reforma da cozinha',
    }),
  );
  if (renovation.installments[0]?.status !== 'PAID') {
    await payCharge(ana, 'mutation SeedInstallment($id: ID!) { payLoanInstallment(input: { loanId: $id, number: 1 }) { charge { txid } } }', {
      id: renovation.id,
    });
    renovation = await waitFor(
      'the first installment to be paid',
      () => settledLoan(ana, renovation.id, ['ACTIVE']),
      ({ installments }) => installments[0]?.status === 'PAID',
    );
  }

  let notebook = await accept(
    ana,
    await requestLoan(ana, { id: 'seed-ana-notebook', principal: '1500.00', termMonths: 6, system: 'PRICE', monthlyIncome: income, purpose: 'Notebook' }),
  );
  if (notebook.status === 'ACTIVE') {
    await payCharge(ana, 'mutation SeedPayoff($id: ID!) { payLoanPayoff(input: { loanId: $id }) { charge { txid } } }', { id: notebook.id });
    notebook = await settledLoan(ana, notebook.id, ['SETTLED']);
  }
  log(
    `Ana Souza: loans ${[rejected, offer, renovation, notebook].map(({ status }) => status).join(', ')} (car, course, kitchen with installment 1 paid, notebook paid off)`,
  );
}

// ---- Auto insurance -------------------------------------------------------------------------

const ANA_CAR = {
  vehicle: { make: 'Fiat', model: 'Argo', year: 2024, plate: 'ANA2C24', fipeValue: '82000.00' },
  driver: { name: DEMO_CUSTOMERS.ana.name, cpf: DEMO_CUSTOMERS.ana.document, birthDate: '1991-03-14', licensedSince: '2010-06-01' },
  postalCode: '01310-100',
  use: 'PRIVATE',
  bonusClass: 4,
};

interface PolicyView {
  readonly id: string;
  readonly status: string;
  readonly premiumCharges: readonly { txid: string; status: string }[];
  readonly claims: { readonly edges: readonly unknown[] };
}
const POLICY_FIELDS = 'id status premiumCharges { txid status } claims { edges { cursor } }';

async function autoInsurance(ana: Run, log: Log): Promise<void> {
  const { me } = await ana<{ me: { autoPolicies: { edges: { node: PolicyView }[] } } }>(
    `query SeedPolicies { me { autoPolicies { edges { node { ${POLICY_FIELDS} } } } } }`,
  );
  let policy = me.autoPolicies.edges[0]?.node ?? (await issuePolicy(ana));
  const readPolicy = async () =>
    (await ana<{ autoPolicy: PolicyView }>(`query SeedPolicy($id: ID!) { autoPolicy(id: $id) { ${POLICY_FIELDS} } }`, { id: policy.id })).autoPolicy;
  if (policy.status === 'PENDING_PAYMENT') {
    const [first] = (await waitFor('the first premium charge', readPolicy, ({ premiumCharges }) => premiumCharges.length > 0)).premiumCharges;
    if (first?.status === 'ACTIVE') await simulatePayment(ana, first.txid);
    policy = await waitFor('the policy to activate', readPolicy, ({ status }) => status === 'ACTIVE');
  }
  if (policy.status === 'ACTIVE' && policy.claims.edges.length === 0) {
    await ana('mutation SeedClaim($input: FileAutoClaimInput!, $key: String!) { fileAutoClaim(input: $input, idempotencyKey: $key) { claim { id } } }', {
      key: 'seed-ana-glass-claim',
      input: {
        policyId: policy.id,
        type: 'GLASS',
        occurredAt: new Date().toISOString(),
        description: 'Para-brisa trincado por uma pedra na estrada',
        estimatedAmount: '1450.00',
      },
    });
  }
  log(`Ana Souza: two auto quotes, a policy ${policy.status} with an open claim`);
}

/** Two quotes to compare; the first becomes the policy, in four installments. */
async function issuePolicy(ana: Run): Promise<PolicyView> {
  const quote = (coverages: readonly string[], deductible: string) =>
    ana<{ quoteAutoInsurance: { quote: { id: string } } }>(
      'mutation SeedQuote($input: AutoQuoteInput!) { quoteAutoInsurance(input: $input) { quote { id } } }',
      {
        input: { ...ANA_CAR, coverages, deductible },
      },
    );
  const chosen = await quote(['COLLISION', 'THEFT', 'GLASS', 'ROADSIDE_ASSISTANCE'], 'STANDARD');
  await quote(['COLLISION', 'THEFT', 'GLASS', 'THIRD_PARTY_PROPERTY', 'THIRD_PARTY_BODILY', 'RENTAL_CAR'], 'REDUCED');
  // Only the policy itself: its premium charge is not readable until Pix has created it.
  const {
    issueAutoPolicy: { policy },
  } = await ana<{ issueAutoPolicy: { policy: Pick<PolicyView, 'id' | 'status'> } }>(
    'mutation SeedIssue($id: ID!) { issueAutoPolicy(input: { quoteId: $id, installments: 4 }) { policy { id status } } }',
    { id: chosen.quoteAutoInsurance.quote.id },
  );
  return { ...policy, premiumCharges: [], claims: { edges: [] } };
}
