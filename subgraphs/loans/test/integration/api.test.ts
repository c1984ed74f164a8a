import { ANONYMOUS } from '@bank/identity';
import { eventually, useHarness } from '@bank/testing';
import {
  ACCEPT,
  application,
  joao,
  LOAN,
  maria,
  PAY_INSTALLMENT,
  PAY_PAYOFF,
  REQUEST_LOAN,
  RETRY,
  disbursementCreditFor,
  staff,
  startTestLoans,
  type LoanView,
} from './support';

describe('loans API', () => {
  const loans = useHarness(() => startTestLoans({ LOANS_CHARGE_WAIT_MS: '300' }));

  beforeAll(() => loans.clock.set('2026-01-30T15:00:00Z'));

  const count = (collection: string) => loans.mongo.connection.collection(collection).countDocuments();
  const codeOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions?.code;

  async function approvedLoanOf(principal = maria): Promise<string> {
    const { data } = await loans.as(principal)<{ requestLoan: { loan: LoanView } }>(REQUEST_LOAN, {
      input: application(),
      key: `approved-${Math.random().toString(36).slice(2)}`,
    });
    const id = data!.requestLoan.loan.id;
    await eventually(async () => {
      const { data: current } = await loans.as(principal)<{ loan: LoanView }>(LOAN, { id });
      expect(current?.loan.status).toBe('APPROVED');
    });
    return id;
  }

  describe('loanSimulation', () => {
    const SIMULATION = /* GraphQL */ `
      query ($input: LoanSimulationInput!) {
        loanSimulation(input: $input) {
          principal
          termMonths
          monthlyRate
          system
          startDate
          installments {
            number
            dueDate
            payment
            interest
            amortization
            balance
          }
          totalPaid
          totalInterest
          iof
          releasedAmount
          cet {
            monthly
            annual
          }
        }
      }
    `;

    it('returns the exact table, IOF and CET as decimal strings, for anyone', async () => {
      const before = await loans.metric('loans_simulation_duration_seconds_count');
      const { data, errors } = await loans.as(ANONYMOUS)(SIMULATION, {
        input: { principal: '1000.00', termMonths: 3, monthlyRate: '1', system: 'PRICE', startDate: '2026-01-15' },
      });
      expect(errors).toBeUndefined();
      // Rows by hand in test/unit/schedule.test.ts; IOF and CET in test/unit/simulation.test.ts
      expect(data).toEqual({
        loanSimulation: {
          principal: '1000.00',
          termMonths: 3,
          monthlyRate: '1',
          system: 'PRICE',
          startDate: '2026-01-15',
          installments: [
            { number: 1, dueDate: '2026-02-15', payment: '340.02', interest: '10.00', amortization: '330.02', balance: '669.98' },
            { number: 2, dueDate: '2026-03-15', payment: '340.02', interest: '6.70', amortization: '333.32', balance: '336.66' },
            { number: 3, dueDate: '2026-04-15', payment: '340.03', interest: '3.37', amortization: '336.66', balance: '0.00' },
          ],
          totalPaid: '1020.07',
          totalInterest: '20.07',
          iof: '8.74',
          releasedAmount: '991.26',
          cet: { monthly: '1.4664', annual: '19.0876' },
        },
      });
      expect(await loans.metric('loans_simulation_duration_seconds_count')).toBe(before + 1);
    });

    it('starts today (Brasília) when no start date is given', async () => {
      const { data } = await loans.as(maria)<{ loanSimulation: { startDate: string } }>(SIMULATION, {
        input: { principal: '1000.00', termMonths: 1, monthlyRate: '0', system: 'SAC' },
      });
      expect(data?.loanSimulation.startDate).toBe('2026-01-30');
    });

    it.each([
      ['a rate above 20 %', { monthlyRate: '21' }, 'monthlyRate'],
      ['a negative principal', { principal: '-1000.00' }, 'principal'],
      ['term 0', { termMonths: 0 }, 'termMonths'],
    ])('refuses %s with BAD_USER_INPUT', async (_, change, field) => {
      const result = await loans.as(maria)(SIMULATION, { input: { principal: '1000.00', termMonths: 3, monthlyRate: '1', system: 'PRICE', ...change } });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: `input.${field}` });
    });
  });

  describe('requestLoan', () => {
    it.each([
      ['a negative principal', { principal: '-1000.00' }, 'principal'],
      ['a principal with 3 decimals', { principal: '1000.005' }, 'principal'],
      ['term 0', { termMonths: 0 }, 'termMonths'],
      ['a negative income', { monthlyIncome: '-1.00' }, 'monthlyIncome'],
      ['an empty purpose', { purpose: ' ' }, 'purpose'],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, change, field) => {
      const before = [await count('loans'), await count('idempotency_keys')];
      const result = await loans.as(maria)(REQUEST_LOAN, { input: { ...application(), ...change }, key: `bad-${field}` });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: `input.${field}` });
      expect([await count('loans'), await count('idempotency_keys')]).toEqual(before);
    });

    it('refuses a missing income with BAD_USER_INPUT and writes nothing', async () => {
      const before = [await count('loans'), await count('idempotency_keys')];
      const { monthlyIncome: _omitted, ...withoutIncome } = application();
      const result = await loans.as(maria)(REQUEST_LOAN, { input: withoutIncome, key: 'no-income' });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/monthlyIncome/);
      expect([await count('loans'), await count('idempotency_keys')]).toEqual(before);
    });

    it('replays a retry with the same idempotency key: one loan, the same answer', async () => {
      const before = await count('loans');
      const send = () => loans.as(maria)<{ requestLoan: { loan: LoanView } }>(REQUEST_LOAN, { input: application(), key: 'replayed-key' });
      const first = await send();
      const second = await send();
      expect(first.errors).toBeUndefined();
      expect(second.data?.requestLoan.loan.id).toBe(first.data?.requestLoan.loan.id);
      expect(await count('loans')).toBe(before + 1);
      const changed = await loans.as(maria)(REQUEST_LOAN, { input: { ...application(), principal: '2000.00' }, key: 'replayed-key' });
      expect(codeOf(changed)).toBe('CONFLICT');
      // another customer's key space is their own
      const joaos = await loans.as(joao)<{ requestLoan: { loan: LoanView } }>(REQUEST_LOAN, { input: application(), key: 'replayed-key' });
      expect(joaos.data?.requestLoan.loan.id).not.toBe(first.data?.requestLoan.loan.id);
    });

    it('the analysis rejects an installment above 30 % of the income, with the reason', async () => {
      const { data } = await loans.as(maria)<{ requestLoan: { loan: LoanView } }>(REQUEST_LOAN, {
        input: { ...application(), monthlyIncome: '1000.00' },
        key: 'too-little-income',
      });
      const id = data!.requestLoan.loan.id;
      await eventually(async () => {
        const { data: current } = await loans.as(maria)<{ loan: LoanView }>(LOAN, { id });
        expect(current?.loan.status).toBe('REJECTED');
        expect(current?.loan.rejection?.reason).toMatch(/exceeds 30 % of the monthly income of 1000.00/);
      });
    });

    it('needs a signed-in customer', async () => {
      expect(codeOf(await loans.as(ANONYMOUS)(REQUEST_LOAN, { input: application(), key: 'anonymous' }))).toBe('UNAUTHENTICATED');
    });
  });

  it('two concurrent acceptances: exactly one wins, the other gets CONFLICT, one transfer is requested', async () => {
    const id = await approvedLoanOf();
    const results = await Promise.all([loans.as(maria)(ACCEPT, { id }), loans.as(maria)(ACCEPT, { id })]);
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', undefined]);
    // The failure is written after the winner's events: once its event is out, any second request would be too.
    await loans.accounts.fail(await disbursementCreditFor(loans.accounts, id), { reason: 'ACCOUNT_CLOSED' });
    await eventually(() => expect(loans.pix.eventTypesOf(id)).toContain('loans.loan.disbursement-failed'));
    expect(loans.accounts.credits.filter((event) => event.subject === id)).toHaveLength(1);
    expect(loans.pix.eventTypesOf(id).filter((type) => type === 'loans.loan.contracted')).toHaveLength(1);
  });

  describe('another customer’s loan is NOT_FOUND', () => {
    let id: string;
    beforeAll(async () => {
      loans.clock.set('2026-01-30T16:00:00Z'); // the newest of the file's loans so far
      id = await approvedLoanOf(maria);
    });

    it('through loan(id) and loanPayoffQuote', async () => {
      expect(codeOf(await loans.as(joao)(LOAN, { id }))).toBe('NOT_FOUND');
      expect(codeOf(await loans.as(ANONYMOUS)(LOAN, { id }))).toBe('NOT_FOUND');
      expect(codeOf(await loans.as(joao)('query ($id: ID!) { loanPayoffQuote(loanId: $id) { amount } }', { id }))).toBe('NOT_FOUND');
    });

    it.each([
      ['acceptLoanOffer', ACCEPT, {}],
      ['retryLoanDisbursement', RETRY, {}],
      ['payLoanInstallment', PAY_INSTALLMENT, { number: 1 }],
      ['payLoanPayoff', PAY_PAYOFF, {}],
    ])('through %s, which changes nothing; staff cannot act on it either', async (_, mutation, variables) => {
      for (const principal of [joao, staff]) expect(codeOf(await loans.as(principal)(mutation, { id, ...variables }))).toBe('NOT_FOUND');
      const { data } = await loans.as(maria)<{ loan: LoanView }>(LOAN, { id });
      expect(data?.loan.status).toBe('APPROVED');
    });

    it('through _entities, while staff and the owner resolve it', async () => {
      const ENTITIES = /* GraphQL */ `
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on Loan {
              id
              status
              customer {
                id
              }
            }
          }
        }
      `;
      const representations = [{ __typename: 'Loan', id }];
      const refused = await loans.as(joao)<{ _entities: unknown[] }>(ENTITIES, { representations });
      expect(refused.data?._entities).toEqual([null]);
      expect(codeOf(refused)).toBe('NOT_FOUND');
      for (const principal of [maria, staff]) {
        const { data, errors } = await loans.as(principal)<{ _entities: unknown[] }>(ENTITIES, { representations });
        expect(errors).toBeUndefined();
        expect(data?._entities).toEqual([{ id, status: 'APPROVED', customer: { id: 'customer-maria' } }]);
      }
    });

    it('and absent from Customer.loans; the owner and staff list it, filtered by status', async () => {
      const LOANS_OF = /* GraphQL */ `
        query ($status: LoanStatus) {
          _entities(representations: [{ __typename: "Customer", id: "customer-maria" }]) {
            ... on Customer {
              loans(status: $status) {
                edges {
                  node {
                    id
                    status
                  }
                }
              }
            }
          }
        }
      `;
      const listed = async (principal: typeof maria, status: string | null) => {
        const { data } = await loans.as(principal)<{ _entities: { loans: { edges: { node: { id: string; status: string } }[] } }[] }>(LOANS_OF, { status });
        return data!._entities[0]!.loans.edges.map(({ node }) => node);
      };
      expect(await listed(joao, null)).toEqual([]);
      for (const principal of [maria, staff]) {
        const all = await listed(principal, null);
        expect(all[0]).toEqual({ id, status: 'APPROVED' }); // newest first
        expect(all.length).toBeGreaterThan(1);
        const approved = await listed(principal, 'APPROVED');
        expect(approved.map((loan) => loan.id)).toContain(id);
        expect(approved.every((loan) => loan.status === 'APPROVED')).toBe(true);
      }
    });
  });

  it('pages Customer.loans as a Relay connection, newest first, and refuses a cursor it did not issue', async () => {
    await approvedLoanOf(joao);
    await approvedLoanOf(joao);
    const PAGE = /* GraphQL */ `
      query ($first: Int, $after: String) {
        _entities(representations: [{ __typename: "Customer", id: "customer-joao" }]) {
          ... on Customer {
            loans(first: $first, after: $after) {
              edges {
                cursor
                node {
                  id
                }
              }
              pageInfo {
                hasNextPage
                hasPreviousPage
                startCursor
                endCursor
              }
            }
          }
        }
      }
    `;
    type Connection = {
      edges: { cursor: string; node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    };
    const page = async (first: number, after: string | null) =>
      (await loans.as(joao)<{ _entities: { loans: Connection }[] }>(PAGE, { first, after })).data!._entities[0]!.loans;
    const all = await page(100, null);
    const first = await page(1, null);
    const second = await page(1, first.pageInfo.endCursor);
    expect(first.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0]!.cursor, endCursor: first.edges[0]!.cursor });
    expect(second.pageInfo).toMatchObject({ hasPreviousPage: true, startCursor: second.edges[0]!.cursor });
    expect([...first.edges, ...second.edges].map(({ node }) => node.id)).toEqual(all.edges.slice(0, 2).map(({ node }) => node.id));
    expect(all.pageInfo.hasNextPage).toBe(false);
    const forged = await loans.as(joao)(PAGE, { first: 1, after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('reads a loan from the cache until a transition invalidates it', async () => {
    const id = await approvedLoanOf();
    const hits = () => loans.metric('cache_requests_total', 'result="hit"');
    const before = await hits();
    await loans.as(maria)(LOAN, { id });
    await loans.as(maria)(LOAN, { id });
    expect(await hits()).toBeGreaterThan(before);
    await loans.as(maria)(ACCEPT, { id });
    const { data } = await loans.as(maria)<{ loan: LoanView }>(LOAN, { id });
    expect(data?.loan.status).toBe('CONTRACTED');
  });

  it('when Pix does not confirm a charge in time: UNAVAILABLE, the charge stays requested, and asking again returns it', async () => {
    const id = await approvedLoanOf();
    await loans.as(maria)(ACCEPT, { id });
    await loans.accounts.settle(await disbursementCreditFor(loans.accounts, id), '2026-01-30T18:00:05Z');
    await eventually(async () => {
      const { data } = await loans.as(maria)<{ loan: LoanView }>(LOAN, { id });
      expect(data?.loan.status).toBe('ACTIVE');
    });
    const unconfirmed = await loans.as(maria)(PAY_INSTALLMENT, { id, number: 1 });
    expect(codeOf(unconfirmed)).toBe('UNAVAILABLE');
    const request = await loans.pix.chargeFor(id);
    const { data } = await loans.as(maria)<{ loan: LoanView }>(LOAN, { id });
    expect(data?.loan.installments[0]?.charge).toEqual({ txid: request.data.txid });
    await loans.pix.createCharge(request);
    const confirmed = await loans.as(maria)<{ payLoanInstallment: { charge: { txid: string } } }>(PAY_INSTALLMENT, { id, number: 1 });
    expect(confirmed.data?.payLoanInstallment.charge).toEqual({ txid: request.data.txid });
  });
});
