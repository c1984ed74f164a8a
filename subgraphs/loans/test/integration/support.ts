import { loadConfig } from '@bank/config';
import {
  PIX_EVENTS,
  pixRequestTypes,
  type PixChargeCreated,
  type PixChargePaid,
  type PixChargeRequested,
  type PixTransferFailed,
  type PixTransferRequested,
  type PixTransferSettled,
} from '@bank/contracts';
import type { Clock } from '@bank/domain';
import type { Principal } from '@bank/graphql';
import {
  cloudEvent,
  deadLetterQueueName,
  defaultRetryPolicy,
  EventBus,
  retryQueueName,
  type CloudEvent,
  type Subscription,
} from '@bank/messaging';
import { connectMongo, type Mongo } from '@bank/mongo';
import { createLogger } from '@bank/observability';
import { customer, eventually, serviceTestEnv, subgraphClient, TEST_PRINCIPAL_SECRET, testEndpoints, type GraphQLResult, testEventTrust } from '@bank/testing';
import amqp from 'amqplib';
import { Registry } from 'prom-client';
import { loansEnv } from '../../src/config';
import { loanConsumers } from '../../src/events/consumers';
import { startLoansService, type LoansService } from '../../src/service';

/** Business time the test sets; the service reads it for every date it decides (due dates, late days). */
export class TestClock implements Clock {
  private current = new Date();

  now(): Date {
    return new Date(this.current);
  }

  set(instant: string): void {
    this.current = new Date(instant);
  }
}

type Requested<T> = CloudEvent<T>;

/**
 * Plays the Pix subgraph on the service's exchange: records what the loans subgraph asks for
 * (through a real RabbitMQ subscription) and publishes Pix's answers with the request's reference.
 */
export class PixStandIn {
  readonly transfers: Requested<PixTransferRequested>[] = [];
  readonly charges: Requested<PixChargeRequested>[] = [];
  /** The loans subgraph's own events (loans.loan.*), in the order they arrived. */
  readonly loanEvents: CloudEvent[] = [];
  /** How many `pix.charge.paid` events it has published, redeliveries included. */
  chargesPaid = 0;

  private constructor(
    private readonly bus: EventBus,
    private subscription?: Subscription,
  ) {}

  static async start(exchange: string): Promise<PixStandIn> {
    const bus = await EventBus.connect({
      url: testEndpoints.rabbitmqUrl,
      exchange,
      connectionName: 'pix-stand-in',
      logger: createLogger({ service: 'pix-stand-in', level: 'silent' }),
      registry: new Registry(),
      trust: testEventTrust('pix'),
      queueType: 'classic',
    });
    const pix = new PixStandIn(bus);
    pix.subscription = await bus.subscribe({
      exclusive: true,
      name: 'pix-stand-in',
      bindings: ['loans.pix.*', 'loans.loan.*'],
      handler: async (event) => {
        if (event.type.startsWith('loans.loan.')) pix.loanEvents.push(event);
        if (event.type === pixRequestTypes.transfer('loans')) pix.transfers.push(event as Requested<PixTransferRequested>);
        if (event.type === pixRequestTypes.charge('loans')) pix.charges.push(event as Requested<PixChargeRequested>);
      },
    });
    return pix;
  }

  /** The transfer requested for the loan, once it has arrived; `attempt` counts from 1. */
  transferFor(loanId: string, attempt = 1): Promise<Requested<PixTransferRequested>> {
    return eventually(() => {
      const request = this.transfers.find((event) => event.data.reference.id === `${loanId}/disbursement-${attempt}`);
      if (request === undefined) throw new Error(`no transfer requested for ${loanId}, attempt ${attempt}`);
      return request;
    });
  }

  /** The `index`-th (from 0) charge requested for the loan, once it has arrived. */
  chargeFor(loanId: string, index = 0): Promise<Requested<PixChargeRequested>> {
    return eventually(() => {
      const request = this.charges.filter((event) => event.subject === loanId)[index];
      if (request === undefined) throw new Error(`no charge ${index} requested for ${loanId}`);
      return request;
    });
  }

  /** The types of the loan's events so far. */
  eventTypesOf(loanId: string): string[] {
    return this.loanEvents.filter((event) => event.subject === loanId).map((event) => event.type);
  }

  settleTransfer({ data }: Requested<PixTransferRequested>, settledAt: string): Promise<void> {
    const settled: PixTransferSettled = {
      transferId: `transfer-${data.reference.id}`,
      amount: data.amount,
      endToEndId: 'E9999999920260131150000000000001',
      settledAt,
      receiver: { name: 'Maria Silva', document: '52998224725', customerId: data.customerId },
      reference: data.reference,
    };
    return this.publish(PIX_EVENTS.transferSettled, settled.transferId, settled);
  }

  failTransfer({ data }: Requested<PixTransferRequested>, reason: string): Promise<void> {
    const failed: PixTransferFailed = { transferId: `transfer-${data.reference.id}`, amount: data.amount, reason, reference: data.reference };
    return this.publish(PIX_EVENTS.transferFailed, failed.transferId, failed);
  }

  createCharge({ data }: Requested<PixChargeRequested>): Promise<void> {
    const created: PixChargeCreated = {
      txid: data.txid,
      amount: data.amount,
      expiresAt: new Date(Date.now() + (data.expiresInSeconds ?? 86_400) * 1000).toISOString(),
      payer: { ...data.payer },
      reference: data.reference,
    };
    return this.publish(PIX_EVENTS.chargeCreated, data.txid, created);
  }

  payCharge({ data }: Requested<PixChargeRequested>, paidAt: string): Promise<void> {
    const paid: PixChargePaid = {
      txid: data.txid,
      endToEndId: 'E9999999920260131150000000000002',
      amount: data.amount,
      payer: { ...data.payer },
      receiver: { name: 'Banco Digital S.A.', document: '11222333000181', customerId: 'urn:bank:institution' },
      paidAt,
      reference: data.reference,
    };
    this.chargesPaid += 1;
    return this.publish(PIX_EVENTS.chargePaid, data.txid, paid);
  }

  async close(): Promise<void> {
    await this.subscription?.close();
    await this.bus.close();
  }

  private publish(type: string, subject: string, data: unknown): Promise<void> {
    return this.bus.publisher().publish(cloudEvent({ source: '/subgraphs/pix', type, subject, data }));
  }
}

export interface TestLoans {
  readonly service: LoansService;
  readonly pix: PixStandIn;
  readonly clock: TestClock;
  /** The service's own database, to count what was written. */
  readonly mongo: Mongo;
  as(principal: Principal): <Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<Data>>;
  /** A value of the service's /metrics, 0 when absent. */
  metric(name: string, labels?: string): Promise<number>;
  stop(): Promise<void>;
}

/** The loans service in-process (port 0, its own database and exchange; `settings` over its environment) with a Pix stand-in on its exchange. */
export async function startTestLoans(settings: Record<string, string> = {}): Promise<TestLoans> {
  const env = { ...serviceTestEnv('loans'), ...settings };
  const exchange = env.EVENTS_EXCHANGE ?? '';
  const clock = new TestClock();
  const pix = await PixStandIn.start(exchange);
  const service = await startLoansService(loadConfig(loansEnv, env), { clock, relayPollIntervalMs: 50 });
  const mongo = await connectMongo({ url: env.MONGODB_URL ?? '', autoIndex: false });
  const client = subgraphClient(service.server.url, TEST_PRINCIPAL_SECRET);
  return {
    service,
    pix,
    clock,
    mongo,
    as: (principal) => client.as(principal),
    metric: async (name, labels = '') => {
      const text = await (await fetch(service.server.metricsUrl)).text();
      const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{`) && candidate.includes(labels));
      return line === undefined ? 0 : Number(line.split(' ').at(-1));
    },
    stop: async () => {
      await service.stop();
      await pix.close();
      await mongo.connection.dropDatabase();
      await mongo.close();
      await deleteTopology(exchange, loanConsumers(service.loans, service.logger).map(({ name }) => `${exchange}.loans.${name}`));
    },
  };
}

/** The durable queues (with their delay and dead-letter queues) and the exchange the service declared. */
async function deleteTopology(exchange: string, queues: readonly string[]): Promise<void> {
  const connection = await amqp.connect(testEndpoints.rabbitmqUrl);
  try {
    const channel = await connection.createChannel();
    for (const queue of queues) {
      for (const name of [queue, deadLetterQueueName(queue), ...defaultRetryPolicy.retryDelaysMs.map((delay) => retryQueueName(queue, delay))]) {
        await channel.deleteQueue(name);
      }
    }
    await channel.deleteExchange(exchange);
  } finally {
    await connection.close();
  }
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
  mutation ($input: RequestLoanInput!, $key: String!) { requestLoan(input: $input, idempotencyKey: $key) { ${LOAN_FIELDS} } }
`;
export const LOAN = /* GraphQL */ `query ($id: ID!) { loan(id: $id) { ${LOAN_FIELDS} } }`;
export const ACCEPT = /* GraphQL */ `mutation ($id: ID!) { acceptLoanOffer(loanId: $id) { ${LOAN_FIELDS} } }`;
export const RETRY = /* GraphQL */ `mutation ($id: ID!) { retryLoanDisbursement(loanId: $id) { ${LOAN_FIELDS} } }`;
export const PAY_INSTALLMENT = /* GraphQL */ `mutation ($id: ID!, $number: Int!) { payLoanInstallment(loanId: $id, number: $number) { txid } }`;
export const PAY_PAYOFF = /* GraphQL */ `mutation ($id: ID!) { payLoanPayoff(loanId: $id) { txid } }`;

/** 1000.00 over `termMonths` for an income that the cheapest tier (1.49 %) approves. */
export const application = (termMonths = 2) => ({ principal: '1000.00', termMonths, system: 'PRICE', monthlyIncome: '9000.00', purpose: 'home repairs' });
