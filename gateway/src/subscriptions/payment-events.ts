import { ACCOUNTS_EVENTS, CARD_EVENTS, PIX_EVENTS, SETTLEMENT_EVENTS, type Party } from '@bank/contracts';
import { whoeverAsked, type CloudEvent, type EventBus, type Subscription } from '@bank/messaging';
import { inMessageSpan, type Logger } from '@bank/observability';

/** The Pix events a payment screen waits for, and the ledger postings an account screen waits for. */
export const PAYMENT_EVENT_TYPES = [
  PIX_EVENTS.chargePaid,
  PIX_EVENTS.chargeExpired,
  PIX_EVENTS.chargeRemoved,
  PIX_EVENTS.transferSettled,
  PIX_EVENTS.transferFailed,
  PIX_EVENTS.refundCompleted,
  ACCOUNTS_EVENTS.transferPosted,
  SETTLEMENT_EVENTS.debitFailed,
  CARD_EVENTS.authorizationDecided,
  CARD_EVENTS.authorizationCaptured,
] as const;

/** The card events a card screen follows (cardActivity): each authorization decision and capture. */
const CARD_ACTIVITY_TYPES: ReadonlySet<string> = new Set([CARD_EVENTS.authorizationDecided, CARD_EVENTS.authorizationCaptured]);

export type PaymentEvent = CloudEvent<{
  readonly txid?: string;
  readonly transferId?: string;
  readonly amount?: string;
  readonly reason?: string;
  readonly payer?: Party | null;
  readonly receiver?: Party | null;
  readonly sender?: Party | null;
  /** accounts.debit.failed: the customer whose automatic debit was refused. */
  readonly customerId?: string;
  /** accounts.transfer.posted */
  readonly debitAccountId?: string;
  readonly creditAccountId?: string;
  /** accounts.card.* */
  readonly cardId?: string | null;
  readonly authorizationId?: string;
}>;

type Listener = (event: PaymentEvent) => void;

/**
 * This replica's feed of payment events: one exclusive queue bound to the events exchange (so every
 * replica gets every event), fanned out in memory to the subscriptions waiting on a charge or a customer.
 */
export class PaymentEventHub {
  private readonly byCharge = new Map<string, Set<Listener>>();
  private readonly byCustomer = new Map<string, Set<Listener>>();
  private readonly byAccount = new Map<string, Set<Listener>>();
  private readonly byCard = new Map<string, Set<Listener>>();
  private subscription: Subscription | undefined;

  constructor(
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.subscription = await this.bus.subscribe({
      exclusive: true,
      name: 'gateway-payment-updates',
      bindings: whoeverAsked(...PAYMENT_EVENT_TYPES),
      prefetch: 100,
      handler: (event) => this.dispatch(event as PaymentEvent),
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.close();
  }

  onCharge(txid: string, listener: Listener): () => void {
    return add(this.byCharge, txid, listener);
  }

  onCustomer(customerId: string, listener: Listener): () => void {
    return add(this.byCustomer, customerId, listener);
  }

  /** Postings to the ledger account (either side). */
  onAccount(accountId: string, listener: Listener): () => void {
    return add(this.byAccount, accountId, listener);
  }

  /** Authorization decisions and captures of the card. */
  onCard(cardId: string, listener: Listener): () => void {
    return add(this.byCard, cardId, listener);
  }

  /** Listeners registered now (leak checks, metrics). */
  listenerCount(): number {
    return [...this.byCharge.values(), ...this.byCustomer.values(), ...this.byAccount.values(), ...this.byCard.values()].reduce(
      (sum, set) => sum + set.size,
      0,
    );
  }

  /** Pushes the event to the subscriptions waiting on it, in a span of the trace the event carries (the request that caused it). */
  private async dispatch(event: PaymentEvent): Promise<void> {
    const listeners = this.listenersOf(event);
    if (listeners.length > 0) {
      await inMessageSpan(
        { name: `subscription push ${event.type}`, kind: 'internal', carried: event, attributes: { 'bank.subscription.listeners': listeners.length } },
        async () => listeners.forEach((listener) => listener(event)),
      );
    }
    this.logger.debug({ type: event.type, id: event.id }, 'payment event dispatched');
  }

  private listenersOf(event: PaymentEvent): Listener[] {
    const { txid, payer, receiver, sender, debitAccountId, creditAccountId, cardId } = event.data;
    const found: Listener[] = [];
    const collect = (listeners: Set<Listener> | undefined) => listeners?.forEach((listener) => found.push(listener));
    if (txid !== undefined) collect(this.byCharge.get(txid));
    const debited = event.type === SETTLEMENT_EVENTS.debitFailed ? event.data.customerId : undefined;
    const customers = new Set([payer?.customerId, receiver?.customerId, sender?.customerId, debited].filter((id): id is string => typeof id === 'string'));
    for (const customerId of customers) collect(this.byCustomer.get(customerId));
    if (event.type === ACCOUNTS_EVENTS.transferPosted)
      for (const accountId of new Set([debitAccountId, creditAccountId])) if (accountId !== undefined) collect(this.byAccount.get(accountId));
    if (CARD_ACTIVITY_TYPES.has(event.type) && typeof cardId === 'string') collect(this.byCard.get(cardId));
    return found;
  }
}

function add(index: Map<string, Set<Listener>>, key: string, listener: Listener): () => void {
  let listeners = index.get(key);
  if (listeners === undefined) index.set(key, (listeners = new Set()));
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) index.delete(key);
  };
}
