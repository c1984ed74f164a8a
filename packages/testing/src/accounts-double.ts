import {
  AccountCreditRequested,
  AccountDebitRequested,
  accountRequestTypes,
  SETTLEMENT_EVENTS,
  type AccountSettled,
  type AccountSettlementFailed,
  type SettlementFailureReason,
} from '@bank/contracts';
import { cloudEvent, EventBus, type CloudEvent, type Subscription } from '@bank/messaging';
import { createLogger } from '@bank/observability';
import { Registry } from 'prom-client';
import { testEndpoints } from './endpoints';
import { eventually } from './eventually';
import { testEventTrust } from './service-env';

const instant = (at: Date | string | number): string => new Date(at).toISOString();

/**
 * Plays the accounts subgraph on a service's exchange: records the credits and debits the service
 * (`source`) asks for, and answers them with the accounts subgraph's outcomes as the contracts define them.
 */
export class AccountsDouble {
  readonly events: CloudEvent[] = [];
  private subscription: Subscription | undefined;

  private constructor(
    private readonly bus: EventBus,
    private readonly source: string,
  ) {}

  static async start(exchange: string, source: string): Promise<AccountsDouble> {
    const bus = await EventBus.connect({
      url: testEndpoints.rabbitmqUrl,
      exchange,
      connectionName: `${source}-accounts-double`,
      logger: createLogger({ service: `${source}-accounts-double`, level: 'silent' }),
      registry: new Registry(),
      trust: testEventTrust('accounts'),
      queueType: 'classic',
    });
    const double = new AccountsDouble(bus, source);
    double.subscription = await bus.subscribe({
      exclusive: true,
      name: 'accounts-double',
      bindings: [`${source}.accounts.#`],
      handler: async (event) => void double.events.push(event),
    });
    return double;
  }

  /** The credits the service asked for so far, as the contract reads them. */
  get credits(): CloudEvent<AccountCreditRequested>[] {
    return this.events
      .filter(({ type }) => type === accountRequestTypes.credit(this.source))
      .map((event) => ({ ...event, data: AccountCreditRequested.parse(event.data) }));
  }

  get debits(): CloudEvent<AccountDebitRequested>[] {
    return this.events
      .filter(({ type }) => type === accountRequestTypes.debit(this.source))
      .map((event) => ({ ...event, data: AccountDebitRequested.parse(event.data) }));
  }

  /**
   * The credits (or debits) whose reference id matches, once at least `count` have arrived. Waits up to
   * 20 s: on a loaded machine the outbox relay can be in its back-off after a failed pass (which ignores
   * wake-ups), and the request arrives a few seconds late.
   */
  requested(kind: 'credit' | 'debit', referenceId: RegExp, count = 1): Promise<CloudEvent<AccountCreditRequested | AccountDebitRequested>[]> {
    return eventually(
      () => {
        const found = (kind === 'credit' ? this.credits : this.debits).filter((event) => referenceId.test(event.data.reference.id));
        if (found.length < count) throw new Error(`${found.length} ${kind}s matching ${referenceId}, expected ${count}`);
        return found;
      },
      { timeoutMs: 20_000 },
    );
  }

  /** What the accounts subgraph publishes once it posted the credit (or debit), at `settledAt`. */
  settle(request: CloudEvent, settledAt: Date | string): Promise<void> {
    const kind = request.type === accountRequestTypes.debit(this.source) ? 'debit' : 'credit';
    const data = (kind === 'credit' ? AccountCreditRequested : AccountDebitRequested).parse(request.data);
    const settled: AccountSettled = {
      reference: data.reference,
      customerId: data.customerId,
      accountId: `checking-${data.customerId}`,
      transferId: `settlement-${kind}-${data.reference.id.replaceAll('/', '-')}`,
      amount: data.amount,
      settledAt: instant(settledAt),
    };
    return this.publish(kind === 'credit' ? SETTLEMENT_EVENTS.creditPosted : SETTLEMENT_EVENTS.debitPosted, settled, new Date(settledAt));
  }

  /** What the accounts subgraph publishes when it cannot move the money (no checking account, not enough funds...), at `at`. */
  fail(request: CloudEvent, { reason, at }: { reason?: SettlementFailureReason; at?: Date } = {}): Promise<void> {
    const kind = request.type === accountRequestTypes.debit(this.source) ? 'debit' : 'credit';
    const data = (kind === 'credit' ? AccountCreditRequested : AccountDebitRequested).parse(request.data);
    const why = reason ?? (kind === 'credit' ? 'NO_CHECKING_ACCOUNT' : 'INSUFFICIENT_FUNDS');
    const failed: AccountSettlementFailed = {
      reference: data.reference,
      customerId: data.customerId,
      amount: data.amount,
      reason: why,
      message: `refused: ${why}`,
    };
    return this.publish(kind === 'credit' ? SETTLEMENT_EVENTS.creditFailed : SETTLEMENT_EVENTS.debitFailed, failed, at);
  }

  async close(): Promise<void> {
    await this.subscription?.close();
    await this.bus.close();
  }

  private publish(type: string, data: AccountSettled | AccountSettlementFailed, time?: Date): Promise<void> {
    const subject = `${data.reference.source}:${data.reference.id}`;
    return this.bus.publisher().publish(cloudEvent({ source: '/subgraphs/accounts', type, subject, data, ...(time === undefined ? {} : { time }) }));
  }
}
