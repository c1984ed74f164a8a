import { randomUUID } from 'node:crypto';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Principal } from '@bank/identity';
import { loadConfig } from '@bank/platform';
import { createDynamoDbClient } from '@bank/store-dynamodb';
import {
  customer,
  eventually,
  AccountsDouble,
  PixDouble,
  serviceTestEnv,
  startSubgraphHarness,
  testEndpoints,
  type GraphQLCall,
  type GraphQLResult,
  type SubgraphHarness,
} from '@bank/testing';
import { insuranceEnv } from '../../src/config';
import { insuranceConsumers } from '../../src/events/consumers';
import { startInsuranceService, type InsuranceOverrides, type InsuranceService } from '../../src/service';
import { validInput } from '../unit/fixtures';

type Call = GraphQLCall;

export interface InsuranceHarness extends SubgraphHarness<InsuranceService> {
  readonly pix: PixDouble;
  /** Plays the accounts subgraph: the payouts and refunds insurance asks it to credit. */
  readonly accounts: AccountsDouble;
  readonly table: TableReader;
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
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'listing',
        KeyConditionExpression: 'listPk = :partition',
        ExpressionAttributeValues: { ':partition': partition },
      }),
    );
    return Items;
  }
}

/** The service in process on its own table and exchange, with Pix played by the test. Everything it created goes on stop. */
export async function startInsurance(overrides: Omit<InsuranceOverrides, 'clock'> = {}): Promise<InsuranceHarness> {
  const env = serviceTestEnv('insurance');
  const config = loadConfig(insuranceEnv, env);
  const pix = await PixDouble.start(config.EVENTS_EXCHANGE, 'insurance');
  const accounts = await AccountsDouble.start(config.EVENTS_EXCHANGE, 'insurance');
  // issueAutoPolicy waits for its first premium charge to be created.
  pix.createsRequestedCharges = true;
  const harness = await startSubgraphHarness({
    name: 'insurance',
    env,
    // 12:00 in Brasília on 2025-06-15, the unit fixtures' quote date.
    startsAt: '2025-06-15T15:00:00Z',
    start: (_, clock) => startInsuranceService(config, { ...overrides, clock }),
    consumers: (service) => insuranceConsumers(service.insurance, { add: async () => undefined, current: async () => 0 }).map(({ name }) => name),
  });
  const dynamo = createDynamoDbClient({ region: config.AWS_REGION, endpoint: testEndpoints.dynamodbEndpoint });
  return {
    ...harness,
    pix,
    accounts,
    table: new TableReader(dynamo, config.DYNAMODB_TABLE),
    async stop() {
      await pix.close();
      await accounts.close();
      await harness.stop();
      await dynamo.send(new DeleteTableCommand({ TableName: config.DYNAMODB_TABLE }));
      dynamo.destroy();
    },
  };
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

export const QUOTE = `mutation Quote($input: AutoQuoteInput!, $idempotencyKey: String!) { quoteAutoInsurance(input: $input, idempotencyKey: $idempotencyKey) { quote { ...QuoteFields } } } ${QUOTE_FIELDS}`;
export const ISSUE = `mutation Issue($quoteId: ID!, $installments: Int!, $idempotencyKey: String!) { issueAutoPolicy(input: { quoteId: $quoteId, installments: $installments }, idempotencyKey: $idempotencyKey) { policy { ...PolicyFields } } } ${POLICY_FIELDS}`;
export const CANCEL = `mutation Cancel($id: ID!, $reason: String!) { cancelAutoPolicy(input: { policyId: $id, reason: $reason }) { policy { ...PolicyFields } } } ${POLICY_FIELDS}`;
export const POLICY = `query Policy($id: ID!) { autoPolicy(id: $id) { ...PolicyFields } } ${POLICY_FIELDS}`;
export const FILE_CLAIM = `mutation File($input: FileAutoClaimInput!, $idempotencyKey: String!) { fileAutoClaim(input: $input, idempotencyKey: $idempotencyKey) { claim { ...ClaimFields } } } ${CLAIM_FIELDS}`;
export const REVIEW = `mutation Review($id: ID!, $decision: AutoClaimDecision!, $approvedAmount: Decimal, $note: String) {
  reviewAutoClaim(input: { claimId: $id, decision: $decision, approvedAmount: $approvedAmount, note: $note }) { claim { ...ClaimFields } }
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
  const result = await as<{ quoteAutoInsurance: { quote: QuoteView } }>(QUOTE, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.quoteAutoInsurance.quote;
}

export async function issue(as: Call, quoteId: string, installments = 1): Promise<PolicyView> {
  const result = await as<{ issueAutoPolicy: { policy: PolicyView } }>(ISSUE, { quoteId, installments });
  expect(result.errors).toBeUndefined();
  return result.data!.issueAutoPolicy.policy;
}

export async function policyOf(as: Call, id: string): Promise<PolicyView> {
  const result = await as<{ autoPolicy: PolicyView }>(POLICY, { id });
  expect(result.errors).toBeUndefined();
  return result.data!.autoPolicy;
}

export const premiumReference = (policyId: string, installment = 1) => new RegExp(`^policy/${policyId}/premium/${installment}$`);

/** Quote, issue and pay the first installment at `paidAt`, as `owner`; resolves once the policy is ACTIVE. */
export async function activePolicy(
  harness: InsuranceHarness,
  owner: Principal,
  { installments = 1, paidAt = new Date('2025-06-16T15:00:00Z') } = {},
): Promise<PolicyView> {
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
  const result = await as<{ fileAutoClaim: { claim: ClaimView } }>(FILE_CLAIM, { input: { ...input, policyId }, idempotencyKey: randomUUID() });
  expect(result.errors).toBeUndefined();
  return result.data!.fileAutoClaim.claim;
}
