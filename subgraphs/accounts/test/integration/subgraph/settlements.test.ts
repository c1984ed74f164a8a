import { accountRequestTypes, SETTLEMENT_EVENTS, type AccountCreditRequested, type AccountDebitRequested } from '@bank/contracts';
import { cloudEvent, EventBus, type CloudEvent, type Subscription } from '@bank/messaging';
import { createLogger } from '@bank/observability';
import { eventually, testEndpoints, testEventTrust, uniqueName, useHarness } from '@bank/testing';
import { sql } from 'kysely';
import { Money } from '@bank/kernel';
import { Registry } from 'prom-client';
import { debitCustomer } from '../../../src/application/settlements/settle';
import { parseAccountId } from '../../../src/ledger';
import { deposit, newCustomer, openAccount, startAccounts } from './support';

const harness = useHarness(startAccounts);
const requesters: EventBus[] = [];
let outcomes: Subscription;
const received: CloudEvent[] = [];

/** Publishes as `source` would through its relay: signed with its key. */
async function requester(source: 'loans' | 'insurance'): Promise<EventBus> {
  const bus = await EventBus.connect({
    url: testEndpoints.rabbitmqUrl,
    exchange: harness.exchange,
    connectionName: `${source}-requester`,
    logger: createLogger({ service: `${source}-requester`, level: 'silent' }),
    registry: new Registry(),
    trust: testEventTrust(source),
    queueType: 'classic',
  });
  requesters.push(bus);
  return bus;
}

beforeAll(async () => {
  const listener = await requester('loans');
  outcomes = await listener.subscribe({
    exclusive: true,
    name: 'settlement-outcomes',
    bindings: Object.values(SETTLEMENT_EVENTS),
    handler: async (event) => void received.push(event),
  });
});
afterAll(async () => {
  await outcomes?.close();
  for (const bus of requesters) await bus.close();
});

const ask = async (source: 'loans' | 'insurance', type: string, data: AccountCreditRequested | AccountDebitRequested): Promise<void> =>
  (await requester(source)).publisher().publish(cloudEvent({ source: `/subgraphs/${source}`, type, subject: data.reference.id, data }));

const outcomesOf = (referenceId: string, count = 1): Promise<CloudEvent<Record<string, unknown>>[]> =>
  eventually(() => {
    const found = received.filter((event) => (event.data as { reference: { id: string } }).reference.id === referenceId);
    if (found.length < count) throw new Error(`${found.length} outcomes of ${referenceId}, expected ${count}`);
    return found as CloudEvent<Record<string, unknown>>[];
  });

const STATEMENT = `query($id: ID!) { account(id: $id) { balance { posted } statement(first: 10) { edges { node { amount kind description reference } } } } }`;

interface Statement {
  readonly account: { readonly balance: { readonly posted: string }; readonly statement: { readonly edges: { readonly node: Record<string, string> }[] } };
}

const bankPosted = async (id: string): Promise<string> => (await harness.service.accounts.ledger.getBalance(parseAccountId(id))).posted.toString();

describe('credits and debits asked by loans and insurance', () => {
  it('credits a loan disbursement net of the IOF from the loan portfolio, the IOF to taxes payable, once however often it is asked', async () => {
    const maria = newCustomer();
    const account = await openAccount(harness.as(maria));
    const portfolioBefore = await bankPosted('bank:loan-portfolio');
    const taxesBefore = await bankPosted('bank:taxes-payable');
    const reference = { source: 'loans', id: `${uniqueName('loan')}/disbursement-1` };
    const request: AccountCreditRequested = {
      reference,
      customerId: maria.kind === 'authenticated' ? maria.id : '',
      amount: '992.62',
      withheldTax: '7.38',
      description: 'Loan loan-1: 1000.00 disbursed, IOF 7.38 withheld',
    };
    await ask('loans', accountRequestTypes.credit('loans'), request);
    const [posted] = await outcomesOf(reference.id);
    expect(posted).toMatchObject({ type: SETTLEMENT_EVENTS.creditPosted, data: { reference, accountId: account.id, amount: '992.62' } });

    const { data } = await harness.as(maria)<Statement>(STATEMENT, { id: account.id });
    expect(data?.account.balance.posted).toBe('992.62');
    expect(data?.account.statement.edges.map(({ node }) => node)).toEqual([
      { amount: '992.62', kind: 'LOAN_DISBURSEMENT', description: request.description, reference: posted!.data.transferId },
    ]);
    expect(await bankPosted('bank:loan-portfolio')).toBe((Number(portfolioBefore) + 1000).toFixed(2));
    expect(await bankPosted('bank:taxes-payable')).toBe((Number(taxesBefore) + 7.38).toFixed(2));

    // A redelivery (another event, the same request) moves nothing again and answers the same.
    const transfers = (await harness.rowCounts()).transfers;
    await ask('loans', accountRequestTypes.credit('loans'), request);
    const [, again] = await outcomesOf(reference.id, 2);
    expect(again).toMatchObject({ type: SETTLEMENT_EVENTS.creditPosted, data: { transferId: posted!.data.transferId } });
    expect((await harness.rowCounts()).transfers).toBe(transfers);
  });

  it('answers NO_CHECKING_ACCOUNT for a customer without an account, and writes nothing', async () => {
    const before = await harness.rowCounts();
    const reference = { source: 'insurance', id: `claim/${uniqueName('c')}/payout/1` };
    await ask('insurance', accountRequestTypes.credit('insurance'), {
      reference,
      customerId: 'nobody',
      amount: '500.00',
      withheldTax: null,
      description: 'Payout',
    });
    const [failed] = await outcomesOf(reference.id);
    expect(failed).toMatchObject({ type: SETTLEMENT_EVENTS.creditFailed, data: { reference, reason: 'NO_CHECKING_ACCOUNT' } });
    expect(await harness.rowCounts()).toEqual(before);
  });

  it('credits an insurance payout from the premiums account', async () => {
    const ana = newCustomer();
    const account = await openAccount(harness.as(ana));
    const reference = { source: 'insurance', id: `claim/${uniqueName('c')}/payout/1` };
    await ask('insurance', accountRequestTypes.credit('insurance'), {
      reference,
      customerId: ana.kind === 'authenticated' ? ana.id : '',
      amount: '500.00',
      withheldTax: null,
      description: 'Payout of auto claim',
    });
    await outcomesOf(reference.id);
    const { data } = await harness.as(ana)<Statement>(STATEMENT, { id: account.id });
    expect(data?.account.statement.edges.map(({ node }) => [node.amount, node.kind])).toEqual([['500.00', 'INSURANCE_PAYOUT']]);
  });

  it('debits an installment when the funds are there, and answers INSUFFICIENT_FUNDS (nothing moved) when they are not', async () => {
    const joao = newCustomer();
    const customerId = joao.kind === 'authenticated' ? joao.id : '';
    const account = await openAccount(harness.as(joao));
    await deposit(harness.as(joao), account.id, '100.00');

    const short = { source: 'loans', id: `${uniqueName('loan')}/auto-debit/installment-1` };
    const before = await harness.rowCounts();
    await ask('loans', accountRequestTypes.debit('loans'), { reference: short, customerId, amount: '150.00', description: 'Loan installment 1' });
    expect((await outcomesOf(short.id))[0]).toMatchObject({ type: SETTLEMENT_EVENTS.debitFailed, data: { reason: 'INSUFFICIENT_FUNDS' } });
    expect(await harness.rowCounts()).toEqual(before);

    const paid = { source: 'loans', id: `${uniqueName('loan')}/auto-debit/installment-1` };
    await ask('loans', accountRequestTypes.debit('loans'), { reference: paid, customerId, amount: '60.00', description: 'Loan installment 1' });
    expect((await outcomesOf(paid.id))[0]).toMatchObject({ type: SETTLEMENT_EVENTS.debitPosted, data: { accountId: account.id, amount: '60.00' } });
    const { data } = await harness.as(joao)<Statement>(STATEMENT, { id: account.id });
    expect(data?.account.balance.posted).toBe('40.00');
    expect(data?.account.statement.edges[0]?.node).toMatchObject({ amount: '-60.00', kind: 'LOAN_PAYMENT' });
  });
});

describe('the outcome of a settlement', () => {
  /** An outbox that refuses this customer's debit outcome: a crash between the ledger's write and the outcome's. */
  const refuseOutcomesOf = (customerId: string) =>
    sql`create or replace function refuse_outcome() returns trigger language plpgsql as $$
        begin
          if new.event->>'type' = ${sql.lit(SETTLEMENT_EVENTS.debitPosted)} and new.event->'data'->>'customerId' = ${sql.lit(customerId)} then
            raise exception 'the outbox is gone';
          end if;
          return new;
        end $$`.execute(harness.db);

  it('is stored in the transaction of its ledger transfer: when it cannot be stored, nothing moves, and a redelivery settles once', async () => {
    const carla = newCustomer();
    const customerId = carla.kind === 'authenticated' ? carla.id : '';
    const account = await openAccount(harness.as(carla));
    await deposit(harness.as(carla), account.id, '100.00');
    await refuseOutcomesOf(customerId);
    await sql`create trigger refuse_outcome before insert on outbox for each row execute function refuse_outcome()`.execute(harness.db);
    const request = {
      reference: { source: 'loans', id: `${uniqueName('loan')}/auto-debit/installment-1` },
      customerId,
      amount: Money.parse('60.00'),
      description: 'Loan installment 1',
    };
    const side = { bankAccount: 'loanPortfolio', code: 'loan' } as const;
    try {
      await expect(debitCustomer(harness.service.accounts, side, request)).rejects.toThrow(/the outbox is gone/);
      expect((await harness.service.accounts.ledger.getBalance(parseAccountId(account.id))).posted.toString()).toBe('100.00');
    } finally {
      await sql`drop trigger refuse_outcome on outbox`.execute(harness.db);
    }
    await debitCustomer(harness.service.accounts, side, request);
    const [posted] = await outcomesOf(request.reference.id);
    expect(posted).toMatchObject({ type: SETTLEMENT_EVENTS.debitPosted, data: { accountId: account.id, amount: '60.00' } });
    expect((await harness.service.accounts.ledger.getBalance(parseAccountId(account.id))).posted.toString()).toBe('40.00');
  });
});
