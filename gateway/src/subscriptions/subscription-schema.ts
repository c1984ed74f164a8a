import { PIX_EVENTS, SETTLEMENT_EVENTS } from '@bank/contracts';
import type { Principal } from '@bank/identity';
import { extendSchema, GraphQLError, isObjectType, parse, type GraphQLFieldResolver, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { eventStream } from './event-stream';
import { forwardedQuery } from './forwarded-query';
import type { PaymentEvent, PaymentEventHub } from './payment-events';
import type { SubscriptionMetrics } from './subscription-metrics';

/** Subscriptions the gateway serves itself, on top of the composed API schema. */
export const SUBSCRIPTION_TYPE_DEFS = /* GraphQL */ `
  "What happened to a payment."
  enum PaymentUpdateKind {
    "A charge the customer receives was paid."
    CHARGE_PAID
    "A charge expired unpaid."
    CHARGE_EXPIRED
    "A charge was removed."
    CHARGE_REMOVED
    "A transfer settled."
    TRANSFER_SETTLED
    "A transfer failed."
    TRANSFER_FAILED
    "A refund was sent back to the payer."
    REFUND_COMPLETED
    "An automatic debit from the checking account (a loan installment, an insurance premium) was refused: the installment stays open, to be paid another way."
    AUTO_DEBIT_FAILED
  }

  "Something happened to one of the customer's payments."
  type PaymentUpdate {
    "What happened."
    kind: PaymentUpdateKind!
    "The event's id: a client may use it to drop a repeated delivery."
    eventId: ID!
    "When it happened."
    occurredAt: DateTime!
    "The amount paid, transferred or refunded, in BRL; null when the update moves no money."
    amount: Decimal
    "The charge, for charge updates and refunds, with any field of the supergraph."
    charge: PixCharge
    "The transfer, for transfer updates."
    transfer: PixTransfer
    "Why a transfer or an automatic debit failed (INSUFFICIENT_FUNDS...); null otherwise."
    failureReason: String
  }

  extend schema {
    subscription: Subscription
  }

  type Subscription {
    "Each status change of the charge (a checkout screen waiting on its QR code)."
    pixChargeStatusChanged("The charge's txid; one the caller may read." txid: ID!): PixCharge!
    "Every payment event of the signed-in customer."
    myPaymentUpdates: PaymentUpdate!
    "Each entry posted to the account (an account screen's live statement); its holder only."
    accountActivity("The account's id." accountId: ID!): StatementEntry!
    "Each authorization decision and capture on the card (a card screen's live feed); its holder only."
    cardActivity("The card's id." cardId: ID!): CardAuthorization!
  }
`;

const KIND_OF: Readonly<Record<string, string>> = {
  [PIX_EVENTS.chargePaid]: 'CHARGE_PAID',
  [PIX_EVENTS.chargeExpired]: 'CHARGE_EXPIRED',
  [PIX_EVENTS.chargeRemoved]: 'CHARGE_REMOVED',
  [PIX_EVENTS.transferSettled]: 'TRANSFER_SETTLED',
  [PIX_EVENTS.transferFailed]: 'TRANSFER_FAILED',
  [PIX_EVENTS.refundCompleted]: 'REFUND_COMPLETED',
  [SETTLEMENT_EVENTS.debitFailed]: 'AUTO_DEBIT_FAILED',
};

const FAILURES: ReadonlySet<string> = new Set([PIX_EVENTS.transferFailed, SETTLEMENT_EVENTS.debitFailed]);

export interface SubscriptionContext {
  readonly principal: Principal;
  readonly correlationId: string;
}

/** Runs an operation through the supergraph as the given caller (the gateway's own executor). */
export type RunQuery = (
  context: SubscriptionContext,
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>;

export interface SubscriptionDependencies {
  readonly hub: PaymentEventHub;
  readonly runQuery: RunQuery;
  readonly metrics: SubscriptionMetrics;
}

/**
 * The API schema with the subscriptions added and resolved: events come from the hub, payloads are
 * resolved by asking the supergraph for the fields the client selected. Null when the API schema has
 * no Pix types yet (the Pix subgraph is not composed).
 */
export function withSubscriptions(apiSchema: GraphQLSchema, deps: SubscriptionDependencies): GraphQLSchema | null {
  if (!apiSchema.getType('PixCharge') || !apiSchema.getType('PixTransfer')) return null;
  const schema = extendSchema(apiSchema, parse(SUBSCRIPTION_TYPE_DEFS), { assumeValidSDL: true });
  readForwardedPayloads(schema);
  const subscription = fieldsOf(schema, 'Subscription');
  const update = fieldsOf(schema, 'PaymentUpdate');
  const follow = (register: (push: (event: PaymentEvent) => void) => () => void) =>
    deps.metrics.track(eventStream(register, { onDrop: (event) => deps.metrics.dropped(event) }));

  Object.assign(subscription('pixChargeStatusChanged'), {
    subscribe: (async (_, { txid }: { txid: string }, context: SubscriptionContext) => {
      await requireVisibleCharge(deps.runQuery, context, txid);
      return follow((push) => deps.hub.onCharge(txid, push));
    }) as GraphQLFieldResolver<unknown, SubscriptionContext>,
    resolve: (async (event: PaymentEvent, { txid }: { txid: string }, context: SubscriptionContext, info) => {
      const data = await forward(deps.runQuery, context, forwardedQuery(info, 'pixCharge', { txid }));
      deps.metrics.delivered(event);
      return data.pixCharge;
    }) as GraphQLFieldResolver<PaymentEvent, SubscriptionContext>,
  });

  Object.assign(subscription('myPaymentUpdates'), {
    subscribe: ((_, __, context: SubscriptionContext) => {
      if (context.principal.kind !== 'authenticated') throw new GraphQLError('Sign in to do this', { extensions: { code: 'UNAUTHENTICATED' } });
      const customerId = context.principal.id;
      return follow((push) => deps.hub.onCustomer(customerId, push));
    }) as GraphQLFieldResolver<unknown, SubscriptionContext>,
    resolve: ((event: PaymentEvent) => {
      deps.metrics.delivered(event);
      return event;
    }) as GraphQLFieldResolver<PaymentEvent, SubscriptionContext>,
  });

  Object.assign(subscription('accountActivity'), {
    subscribe: (async (_, { accountId }: { accountId: string }, context: SubscriptionContext) => {
      await requireOwnAccount(deps.runQuery, context, accountId);
      return follow((push) => deps.hub.onAccount(accountId, push));
    }) as GraphQLFieldResolver<unknown, SubscriptionContext>,
    resolve: (async (event: PaymentEvent, { accountId }: { accountId: string }, context: SubscriptionContext, info) => {
      const reference = event.data.transferId ?? '';
      const data = await forward(deps.runQuery, context, forwardedQuery(info, 'accountStatementEntry', { accountId, reference }));
      deps.metrics.delivered(event);
      return data.accountStatementEntry;
    }) as GraphQLFieldResolver<PaymentEvent, SubscriptionContext>,
  });

  Object.assign(subscription('cardActivity'), {
    subscribe: (async (_, { cardId }: { cardId: string }, context: SubscriptionContext) => {
      await requireOwnCard(deps.runQuery, context, cardId);
      return follow((push) => deps.hub.onCard(cardId, push));
    }) as GraphQLFieldResolver<unknown, SubscriptionContext>,
    resolve: (async (event: PaymentEvent, _args, context: SubscriptionContext, info) => {
      const data = await forward(deps.runQuery, context, forwardedQuery(info, 'cardAuthorization', { id: event.data.authorizationId ?? '' }));
      deps.metrics.delivered(event);
      return data.cardAuthorization;
    }) as GraphQLFieldResolver<PaymentEvent, SubscriptionContext>,
  });

  Object.assign(update('kind'), { resolve: (event: PaymentEvent) => KIND_OF[event.type] });
  Object.assign(update('eventId'), { resolve: (event: PaymentEvent) => event.id });
  Object.assign(update('occurredAt'), { resolve: (event: PaymentEvent) => event.time });
  Object.assign(update('amount'), { resolve: (event: PaymentEvent) => event.data.amount ?? null });
  Object.assign(update('failureReason'), { resolve: (event: PaymentEvent) => (FAILURES.has(event.type) ? (event.data.reason ?? null) : null) });
  Object.assign(update('charge'), {
    resolve: (async (event: PaymentEvent, _, context, info) =>
      event.data.txid === undefined
        ? null
        : (await forward(deps.runQuery, context, forwardedQuery(info, 'pixCharge', { txid: event.data.txid }))).pixCharge) as GraphQLFieldResolver<
      PaymentEvent,
      SubscriptionContext
    >,
  });
  Object.assign(update('transfer'), {
    resolve: (async (event: PaymentEvent, _, context, info) =>
      event.data.transferId === undefined
        ? null
        : (await forward(deps.runQuery, context, forwardedQuery(info, 'pixTransfer', { id: event.data.transferId }))).pixTransfer) as GraphQLFieldResolver<
      PaymentEvent,
      SubscriptionContext
    >,
  });
  return schema;
}

/**
 * Payloads come back from the supergraph keyed by the client's aliases: every supergraph type reads
 * them by response key, so graphql-js can walk them with the client's own selection.
 */
function readForwardedPayloads(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || OWN_TYPES.has(type.name)) continue;
    for (const field of Object.values(type.getFields())) field.resolve = byResponseKey;
  }
}

const OWN_TYPES = new Set(['Subscription', 'PaymentUpdate']);

const byResponseKey: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) =>
  source !== null && typeof source === 'object' ? (source as Record<string | number, unknown>)[info.path.key] : undefined;

const fieldsOf = (schema: GraphQLSchema, typeName: string) => {
  const fields = (schema.getType(typeName) as GraphQLObjectType).getFields();
  return (name: string) => {
    const field = fields[name];
    if (field === undefined) throw new Error(`${typeName}.${name} is missing from SUBSCRIPTION_TYPE_DEFS`);
    return field;
  };
};

/** A customer subscribes only to charges they may see; anything else is NOT_FOUND, as over HTTP. */
async function requireVisibleCharge(runQuery: RunQuery, context: SubscriptionContext, txid: string): Promise<void> {
  const result = await runQuery(context, `query ChargeVisible($txid: ID!) { pixCharge(txid: $txid) { txid } }`, { txid });
  const pixCharge = result.data?.pixCharge;
  if (pixCharge === null || pixCharge === undefined) {
    const error = result.errors?.[0];
    throw new GraphQLError(error?.message ?? `No Pix charge ${txid}`, { extensions: { code: error?.extensions?.code ?? 'NOT_FOUND' } });
  }
}

/** Only the account's holder follows its activity; anyone else (staff included) is NOT_FOUND, as over HTTP for strangers. */
async function requireOwnAccount(runQuery: RunQuery, context: SubscriptionContext, accountId: string): Promise<void> {
  const result = await runQuery(context, `query AccountVisible($id: ID!) { account(id: $id) { customer { id } } }`, { id: accountId });
  const owner = (result.data?.account as { customer?: { id?: string } } | null | undefined)?.customer?.id;
  if (owner === undefined || context.principal.kind !== 'authenticated' || owner !== context.principal.id) {
    const error = result.errors?.[0];
    throw new GraphQLError(error?.message ?? `No account ${accountId}`, { extensions: { code: error?.extensions?.code ?? 'NOT_FOUND' } });
  }
}

/** Only the card's holder follows its activity; anyone else (staff included) is NOT_FOUND. */
async function requireOwnCard(runQuery: RunQuery, context: SubscriptionContext, cardId: string): Promise<void> {
  const result = await runQuery(context, `query CardVisible($id: ID!) { card(id: $id) { account { customer { id } } } }`, { id: cardId });
  const owner = (result.data?.card as { account?: { customer?: { id?: string } } } | null | undefined)?.account?.customer?.id;
  if (owner === undefined || context.principal.kind !== 'authenticated' || owner !== context.principal.id) {
    const error = result.errors?.[0];
    throw new GraphQLError(error?.message ?? `No card ${cardId}`, { extensions: { code: error?.extensions?.code ?? 'NOT_FOUND' } });
  }
}

async function forward(
  runQuery: RunQuery,
  context: SubscriptionContext,
  { query, variables }: { query: string; variables: Record<string, unknown> },
): Promise<Record<string, unknown>> {
  const result = await runQuery(context, query, variables);
  if (result.errors?.length) {
    const [error] = result.errors;
    throw new GraphQLError(error?.message ?? 'Could not resolve the payload', { extensions: { code: error?.extensions?.code ?? 'INTERNAL_SERVER_ERROR' } });
  }
  return result.data ?? {};
}
