import { loadConfig } from '@bank/platform';
import type { AccountCreditRequested, PixChargeRequested } from '@bank/contracts';
import type { CloudEvent } from '@bank/messaging';
import { connectMongo, type Mongo } from '@bank/store-mongo';
import { AccountsDouble, customer, eventually, PixDouble, serviceTestEnv, startSubgraphHarness, type SubgraphHarness } from '@bank/testing';
import { loansEnv } from '../../src/config';
import { loanConsumers } from '../../src/events/consumers';
import { startLoansService, type LoansService } from '../../src/service';

/** The Pix double, with the loans subgraph's way of finding its requests. */
export class PixStandIn extends PixDouble {
  /** The `index`-th (from 0) charge requested for the loan, once it has arrived. */
  chargeFor(loanId: string, index = 0): Promise<CloudEvent<PixChargeRequested>> {
    return eventually(() => {
      const request = this.charges.filter((event) => event.subject === loanId)[index];
      if (request === undefined) throw new Error(`no charge ${index} requested for ${loanId}`);
      return request;
    });
  }

  /** The types of the loan's own events (loans.loan.*) so far. */
  eventTypesOf(loanId: string): string[] {
    return this.typesAbout(loanId).filter((type) => type.startsWith('loans.loan.'));
  }
}

/** The disbursement credit requested for the loan, once it has arrived; `attempt` counts from 1. */
export const disbursementCreditFor = (accounts: AccountsDouble, loanId: string, attempt = 1): Promise<CloudEvent<AccountCreditRequested>> =>
  eventually(() => {
    const request = accounts.credits.find((event) => event.data.reference.id === `${loanId}/disbursement-${attempt}`);
    if (request === undefined) throw new Error(`no disbursement credit requested for ${loanId}, attempt ${attempt}`);
    return request;
  });

export interface TestLoans extends SubgraphHarness<LoansService> {
  readonly pix: PixStandIn;
  /** Plays the accounts subgraph: the disbursements and returned payments the loans ask it to credit. */
  readonly accounts: AccountsDouble;
  /** The service's own database, to count what was written. */
  readonly mongo: Mongo;
}

/** The loans service in-process (port 0, its own database and exchange; `settings` over its environment) with Pix and accounts stand-ins on its exchange. */
export async function startTestLoans(settings: Record<string, string> = {}): Promise<TestLoans> {
  const env = { ...serviceTestEnv('loans'), ...settings };
  const pix = await PixStandIn.start(env.EVENTS_EXCHANGE ?? '', 'loans');
  const accounts = await AccountsDouble.start(env.EVENTS_EXCHANGE ?? '', 'loans');
  const harness = await startSubgraphHarness({
    name: 'loans',
    env,
    start: (env, clock) => startLoansService(loadConfig(loansEnv, env), { clock, relayPollIntervalMs: 50, autoDebitIntervalMs: 100 }),
    consumers: (service) => loanConsumers(service.loans).map(({ name }) => name),
  });
  const mongo = await connectMongo({ url: env.MONGODB_URL ?? '', autoIndex: false });
  return {
    ...harness,
    pix,
    accounts,
    mongo,
    stop: async () => {
      await pix.close();
      await accounts.close();
      await harness.stop();
      await mongo.connection.dropDatabase();
      await mongo.close();
    },
  };
}

export const maria = customer('customer-maria', { name: 'Maria Silva', document: '52998224725' });
export const joao = customer('customer-joao', { name: 'João Souza', document: '11144477735' });
export const staff = customer('staff-1', { roles: ['staff'], name: 'Ana Staff', document: '39053344705' });

export const LOAN_FIELDS = /* GraphQL */ `
  id
  status
  principal
  termMonths
  system
  offer { monthlyRate installment incomeSharePercent }
  rejection { reason }
  disbursementFailure { reason }
  disbursement { disbursedOn iof releasedAmount cet { monthly annual } }
  installments { number dueDate payment status amountDue paidOn paidAmount charge { txid } }
  settlement { by settledOn payoffAmount }
`;

export interface LoanView {
  id: string;
  status: string;
  principal: string;
  termMonths: number;
  system: string;
  offer: { monthlyRate: string; installment: string; incomeSharePercent: string } | null;
  rejection: { reason: string } | null;
  disbursementFailure: { reason: string } | null;
  disbursement: { disbursedOn: string; iof: string; releasedAmount: string; cet: { monthly: string; annual: string } } | null;
  installments: {
    number: number;
    dueDate: string;
    payment: string;
    status: string;
    amountDue: string | null;
    paidOn: string | null;
    paidAmount: string | null;
    charge: { txid: string } | null;
  }[];
  settlement: { by: string; settledOn: string; payoffAmount: string | null } | null;
}

export const REQUEST_LOAN = /* GraphQL */ `
  mutation ($input: RequestLoanInput!, $key: String!) { requestLoan(input: $input, idempotencyKey: $key) { loan { ${LOAN_FIELDS} } } }
`;
export const LOAN = /* GraphQL */ `query ($id: ID!) { loan(id: $id) { ${LOAN_FIELDS} } }`;
export const ACCEPT = /* GraphQL */ `mutation ($id: ID!, $idempotencyKey: String!) { acceptLoanOffer(input: { loanId: $id }, idempotencyKey: $idempotencyKey) { loan { ${LOAN_FIELDS} } } }`;
export const RETRY = /* GraphQL */ `mutation ($id: ID!, $idempotencyKey: String!) { retryLoanDisbursement(input: { loanId: $id }, idempotencyKey: $idempotencyKey) { loan { ${LOAN_FIELDS} } } }`;
export const PAY_INSTALLMENT = /* GraphQL */ `
  mutation ($id: ID!, $number: Int!, $idempotencyKey: String!) {
    payLoanInstallment(input: { loanId: $id, number: $number }, idempotencyKey: $idempotencyKey) {
      charge {
        txid
      }
    }
  }
`;
export const PAY_PAYOFF = /* GraphQL */ `
  mutation ($id: ID!, $idempotencyKey: String!) {
    payLoanPayoff(input: { loanId: $id }, idempotencyKey: $idempotencyKey) {
      charge {
        txid
      }
    }
  }
`;

/** 1000.00 over `termMonths` for an income that the cheapest tier (1.49 %) approves. */
export const application = (termMonths = 2) => ({ principal: '1000.00', termMonths, system: 'PRICE', monthlyIncome: '9000.00', purpose: 'home repairs' });
