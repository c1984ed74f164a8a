import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { loadConfig } from '@bank/config';
import { PIX_EVENTS } from '@bank/contracts';
import { createDynamoDbClient } from '@bank/dynamodb';
import type { Principal } from '@bank/graphql';
import { cloudEvent, deadLetterQueueName, defaultRetryPolicy, EventBus, retryQueueName, type CloudEvent } from '@bank/messaging';
import { createLogger } from '@bank/observability';
import { customer, eventually, serviceTestEnv, subgraphClient, TEST_PRINCIPAL_SECRET, testEndpoints, type GraphQLResult, testEventTrust } from '@bank/testing';
import { connect } from 'amqplib';
import { Registry } from 'prom-client';
import { insuranceEnv } from '../../src/config';
import { insuranceConsumers } from '../../src/events/consumers';
import { startInsuranceService, type InsuranceOverrides, type InsuranceService } from '../../src/service';
import { validInput } from '../unit/fixtures';

/** A clock the test sets; starts at 12:00 in Brasília on 2025-06-15, the unit fixtures' quote date. */
export class TestClock {
  private current = new Date('2025-06-15T15:00:00Z');

  now = (): Date => new Date(this.current);

  set(at: Date | string): void {
    this.current = new Date(at);
  }
}

type Call = <Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLResult<Data>>;

/**
 * Plays the Pix subgraph on the service's exchange: records every event the insurance subgraph
 * publishes (its own and its requests to Pix, `insurance.pix.*`) and publishes Pix's answers.
 */
export class PixDouble {
  readonly events: CloudEvent[] = [];

  private constructor(private readonly bus: EventBus) {}

  static async start(exchange: string): Promise<PixDouble> {
    const bus = await EventBus.connect({
      url: testEndpoints.rabbitmqUrl,
      exchange,
      connectionName: 'insurance-test-pix',
      logger: createLogger({ service: 'insurance-test-pix', level: 'silent' }),
      registry: new Registry(),
      trust: testEventTrust('pix'),
      queueType: 'classic',
    });
    const double = new PixDouble(bus);
    await bus.subscribe({ exclusive: true, name: 'pix-double', bindings: ['insurance.#'], handler: async (event) => void double.events.push(event) });
    return double;
  }

  /** The requests of `type` whose reference id matches, once at least `count` have arrived. */
  async requested(type: 'charge-requested' | 'transfer-requested', referenceId: RegExp, count = 1): Promise<CloudEvent<Record<string, unknown>>[]> {
    return eventually(() => {
      const found = this.events.filter(
        (event) => event.type === `insurance.pix.${type}` && referenceId.test((event.data as { reference: { id: string } }).reference.id),
      ) as CloudEvent<Record<string, unknown>>[];
      expect(found.length).toBeGreaterThanOrEqual(count);
      return found;
    });
  }

  /** The types of the events published about `subject`, in arrival order. */
  typesAbout(subject: string): string[] {
    return this.events.filter((event) => event.subject === subject).map((event) => event.type);
  }

  publish(type: string, subject: string, data: unknown, time?: Date): Promise<void> {
    return this.bus.publisher().publish(cloudEvent({ source: '/subgraphs/pix', type, subject, data, time }));
  }

  /** What Pix publishes when the charge we asked for is created and then paid. */
  async payCharge(request: CloudEvent<Record<string, unknown>>, paidAt: Date): Promise<void> {
    const { txid, amount, reference, payer } = request.data as { txid: string; amount: string; reference: unknown; payer: { name: string; document: string; customerId: string } };
    const receiver = { name: 'Banco Digital S.A.', document: '11222333000181', customerId: 'urn:bank:institution' };
    await this.publish(PIX_EVENTS.chargeCreated, txid, { txid, amount, expiresAt: new Date(paidAt.getTime() + 86_400_000).toISOString(), payer, reference });
    await this.publish(PIX_EVENTS.chargePaid, txid, { txid, endToEndId: `E99999999${txid}`, amount, payer, receiver, paidAt: paidAt.toISOString(), reference });
  }

  async expireCharge(request: CloudEvent<Record<string, unknown>>, expiresAt: Date): Promise<void> {
    const { txid, reference, payer } = request.data as { txid: string; reference: unknown; payer: unknown };
    const receiver = { name: 'Banco Digital S.A.', document: '11222333000181', customerId: 'urn:bank:institution' };
    await this.publish(PIX_EVENTS.chargeExpired, txid, { txid, expiresAt: expiresAt.toISOString(), receiver, payer, reference });
  }

  async settleTransfer(request: CloudEvent<Record<string, unknown>>, settledAt: Date): Promise<void> {
    const { amount, reference, customerId } = request.data as { amount: string; reference: unknown; customerId: string };
    const transferId = `t-${settledAt.getTime()}`;
    await this.publish(PIX_EVENTS.transferSettled, transferId, {
      transferId,
      amount,
      endToEndId: 'E9999999920250101000000000000001',
      settledAt: settledAt.toISOString(),
      receiver: { name: 'Maria Silva', document: '52998224725', customerId },
      reference,
    });
  }

  /** What Pix publishes when it cannot send a transfer we asked for (no Pix key, refused by the central system). */
  async failTransfer(request: CloudEvent<Record<string, unknown>>, failedAt: Date, reason = 'The customer has no Pix key'): Promise<void> {
    const { amount, reference } = request.data as { amount: string; reference: unknown };
    const transferId = `t-failed-${failedAt.getTime()}`;
    await this.publish(PIX_EVENTS.transferFailed, transferId, { transferId, amount, reason, reference }, failedAt);
  }

  close(): Promise<void> {
    return this.bus.close();
  }
}

export interface InsuranceHarness {
  readonly service: InsuranceService;
  /** The events exchange the service and the Pix double share. */
  readonly exchange: string;
  readonly clock: TestClock;
  readonly pix: PixDouble;
  readonly table: TableReader;
  as(principal: Principal): Call;
  stop(): Promise<void>;
}

/** Reads the service's table directly, to see what a request wrote (or did not). */
export class TableReader {
  constructor(
    readonly client: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async item(pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
    return (await this.client.send(new GetCommand({ TableName: this.tableName, Key: { pk, sk }, ConsistentRead: true }))).Item;
  }

  /** The items of a listing partition (the listing index), e.g. "CUSTOMER_POLICIES#c-1". */
  async listing(partition: string): Promise<Record<string, unknown>[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({ TableName: this.tableName, IndexName: 'listing', KeyConditionExpression: 'listPk = :partition', ExpressionAttributeValues: { ':partition': partition } }),
    );
    return Items;
  }
}

/** The service in process on its own table and exchange, with Pix played by the test. Everything it created goes on stop. */
export async function startInsurance(overrides: Omit<InsuranceOverrides, 'clock'> = {}): Promise<InsuranceHarness> {
  const env = serviceTestEnv('insurance');
  const config = loadConfig(insuranceEnv, env);
  const clock = new TestClock();
  const pix = await PixDouble.start(config.EVENTS_EXCHANGE);
  const service = await startInsuranceService(config, { ...overrides, clock });
  const client = subgraphClient(service.server.url, TEST_PRINCIPAL_SECRET);
  const dynamo = createDynamoDbClient({ region: config.AWS_REGION, endpoint: testEndpoints.dynamodbEndpoint });
  const consumerNames = insuranceConsumers(service.insurance, { add: async () => undefined, current: async () => 0 }).map(({ name }) => name);
  return {
    service,
    exchange: config.EVENTS_EXCHANGE,
    clock,
    pix,
    table: new TableReader(dynamo, config.DYNAMODB_TABLE),
    as: (principal) => client.as(principal),
    async stop() {
      await pix.close();
      await service.stop();
      await dynamo.send(new DeleteTableCommand({ TableName: config.DYNAMODB_TABLE }));
      dynamo.destroy();
      await deleteExchangeAndQueues(config.EVENTS_EXCHANGE, consumerNames.map((name) => `${config.EVENTS_EXCHANGE}.insurance.${name}`));
    },
  };
}

async function deleteExchangeAndQueues(exchange: string, queues: readonly string[]): Promise<void> {
  const connection = await connect(testEndpoints.rabbitmqUrl);
  const channel = await connection.createChannel();
  for (const queue of queues) {
    for (const name of [queue, deadLetterQueueName(queue), ...defaultRetryPolicy.retryDelaysMs.map((delay) => retryQueueName(queue, delay))]) await channel.deleteQueue(name);
  }
  await channel.deleteExchange(exchange);
  await connection.close();
}

/** The value of a metric (without labels beyond the service's) on the service's /metrics. */
export async function metric(service: InsuranceService, name: string): Promise<number> {
  const text = await (await fetch(service.server.metricsUrl)).text();
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{`) || candidate.startsWith(`${name} `));
  return line === undefined ? 0 : Number(line.slice(line.lastIndexOf(' ') + 1));
}

export const staff = customer('s-1', { roles: ['staff'], name: 'Ana Atendente', document: '11144477735' });

export const errorOf = (result: GraphQLResult): { code: unknown; field: unknown } | undefined => {
  const [error] = result.errors ?? [];
  return error === undefined ? undefined : { code: error.extensions?.code, field: error.extensions?.field };
};

/** The fields the tests read; fragments keep the operations short. */
const QUOTE_FIELDS = `fragment QuoteFields on AutoQuote {
  id status netPremium iof totalPremium validUntil
  coverages { coverage premium deductible }
  installmentOptions { count firstAmount amount }
}`;
const POLICY_FIELDS = `fragment PolicyFields on AutoPolicy {
  id status totalPremium premiumPaid startsAt endsAt cancelledAt cancellationReason refund
  installments { count firstAmount amount }
  premiumCharges { txid }
}`;
const CLAIM_FIELDS = `fragment ClaimFields on AutoClaim {
  id status type coverage description estimatedAmount deductible approvedAmount payout denialNote paidAt
  policy { id }
}`;

export const QUOTE = `mutation Quote($input: AutoQuoteInput!) { quoteAutoInsurance(input: $input) { ...QuoteFields } } ${QUOTE_FIELDS}`;
export const ISSUE = `mutation Issue($quoteId: ID!, $installments: Int!) { issueAutoPolicy(quoteId: $quoteId, installments: $installments) { ...PolicyFields } } ${POLICY_FIELDS}`;
export const CANCEL = `mutation Cancel($id: ID!, $reason: String!) { cancelAutoPolicy(id: $id, reason: $reason) { ...PolicyFields } } ${POLICY_FIELDS}`;
export const POLICY = `query Policy($id: ID!) { autoPolicy(id: $id) { ...PolicyFields } } ${POLICY_FIELDS}`;
export const FILE_CLAIM = `mutation File($policyId: ID!, $input: FileAutoClaimInput!) { fileAutoClaim(policyId: $policyId, input: $input) { ...ClaimFields } } ${CLAIM_FIELDS}`;
export const REVIEW = `mutation Review($id: ID!, $decision: AutoClaimDecision!, $approvedAmount: Decimal, $note: String) {
  reviewAutoClaim(id: $id, decision: $decision, approvedAmount: $approvedAmount, note: $note) { ...ClaimFields }
} ${CLAIM_FIELDS}`;
export const CLAIM = `query Claim($id: ID!) { autoClaim(id: $id) { ...ClaimFields } } ${CLAIM_FIELDS}`;

export interface QuoteView {
  id: string;
  status: string;
  netPremium: string;
  iof: string;
  totalPremium: string;
  coverages: { coverage: string; premium: string; deductible: string | null }[];
  installmentOptions: { count: number; firstAmount: string; amount: string }[];
}

export interface PolicyView {
  id: string;
  status: string;
  totalPremium: string;
  premiumPaid: string;
  startsAt: string | null;
  endsAt: string | null;
  cancelledAt: string | null;
  cancellationReason: string | null;
  refund: string | null;
  installments: { count: number; firstAmount: string; amount: string };
  premiumCharges: { txid: string }[];
}

export interface ClaimView {
  id: string;
  status: string;
  deductible: string;
  approvedAmount: string | null;
  payout: string | null;
  denialNote: string | null;
  paidAt: string | null;
}

/** The unit fixtures' quote request: total premium 2247.51 (net 2093.04), COLLISION deductible 4000.00. */
export const quoteInput = validInput;

export async function quote(as: Call, input = quoteInput()): Promise<QuoteView> {
  const result = await as<{ quoteAutoInsurance: QuoteView }>(QUOTE, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.quoteAutoInsurance;
}

export async function issue(as: Call, quoteId: string, installments = 1): Promise<PolicyView> {
  const result = await as<{ issueAutoPolicy: PolicyView }>(ISSUE, { quoteId, installments });
  expect(result.errors).toBeUndefined();
  return result.data!.issueAutoPolicy;
}

export async function policyOf(as: Call, id: string): Promise<PolicyView> {
  const result = await as<{ autoPolicy: PolicyView }>(POLICY, { id });
  expect(result.errors).toBeUndefined();
  return result.data!.autoPolicy;
}

export const premiumReference = (policyId: string, installment = 1) => new RegExp(`^policy/${policyId}/premium/${installment}$`);

/** Quote, issue and pay the first installment at `paidAt`, as `owner`; resolves once the policy is ACTIVE. */
export async function activePolicy(harness: InsuranceHarness, owner: Principal, { installments = 1, paidAt = new Date('2025-06-16T15:00:00Z') } = {}): Promise<PolicyView> {
  const as = harness.as(owner);
  harness.clock.set('2025-06-15T15:00:00Z');
  const { id } = await issue(as, (await quote(as)).id, installments);
  const [request] = await harness.pix.requested('charge-requested', premiumReference(id));
  harness.clock.set(paidAt);
  await harness.pix.payCharge(request!, paidAt);
  return eventually(async () => {
    const policy = await policyOf(as, id);
    expect(policy.status).toBe('ACTIVE');
    return policy;
  });
}

export const collisionClaim = {
  type: 'COLLISION',
  occurredAt: '2025-09-01T22:30:00Z',
  description: 'Rear-ended at a red light',
  estimatedAmount: '12000.00',
};

export async function fileClaim(as: Call, policyId: string, input: Record<string, unknown> = collisionClaim): Promise<ClaimView> {
  const result = await as<{ fileAutoClaim: ClaimView }>(FILE_CLAIM, { policyId, input });
  expect(result.errors).toBeUndefined();
  return result.data!.fileAutoClaim;
}
