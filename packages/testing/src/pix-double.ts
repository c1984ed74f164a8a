import {
  INSTITUTION_PARTY_ID,
  PIX_EVENTS,
  PixChargeRequested,
  pixRequestTypes,
  type PixChargeCreated,
  type PixChargeExpired,
  type PixChargePaid,
} from '@bank/contracts';
import { cloudEvent, EventBus, type CloudEvent, type Subscription } from '@bank/messaging';
import { createLogger } from '@bank/observability';
import { Registry } from 'prom-client';
import { testEndpoints } from './endpoints';
import { eventually } from './eventually';
import { testEventTrust } from './service-env';

const INSTITUTION = { name: 'Banco Digital S.A.', document: '11222333000181', customerId: INSTITUTION_PARTY_ID };
const instant = (at: Date | string | number): string => new Date(at).toISOString();

/**
 * Plays the Pix subgraph on a service's exchange: records every event the service (`source`) publishes,
 * its requests to Pix among them, and answers them with Pix's events as the contracts define them
 * (@bank/contracts), so a double that drifted from the contract does not compile.
 */
export class PixDouble {
  /** Every event the service published, in arrival order. */
  readonly events: CloudEvent[] = [];
  /** How many `pix.charge.paid` events it has published, redeliveries included. */
  chargesPaid = 0;
  /** When set, every charge the service asks for is created at once (pix.charge.created), as Pix does. */
  createsRequestedCharges = false;
  private subscription: Subscription | undefined;

  constructor(
    private readonly bus: EventBus,
    protected readonly source: string,
  ) {}

  static async start<T extends PixDouble>(this: new (bus: EventBus, source: string) => T, exchange: string, source: string): Promise<T> {
    const bus = await EventBus.connect({
      url: testEndpoints.rabbitmqUrl,
      exchange,
      connectionName: `${source}-pix-double`,
      logger: createLogger({ service: `${source}-pix-double`, level: 'silent' }),
      registry: new Registry(),
      trust: testEventTrust('pix'),
      queueType: 'classic',
    });
    const double = new this(bus, source);
    double.subscription = await bus.subscribe({ exclusive: true, name: 'pix-double', bindings: [`${source}.#`], handler: (event) => double.record(event) });
    return double;
  }

  private async record(event: CloudEvent): Promise<void> {
    this.events.push(event);
    if (this.createsRequestedCharges && event.type === pixRequestTypes.charge(this.source)) await this.createCharge(event);
  }

  /** The charges the service asked for so far, as the contract reads them. */
  get charges(): CloudEvent<PixChargeRequested>[] {
    return this.events
      .filter(({ type }) => type === pixRequestTypes.charge(this.source))
      .map((event) => ({ ...event, data: PixChargeRequested.parse(event.data) }));
  }

  /** The requests of `type` whose reference id matches, once at least `count` have arrived. */
  requested(type: 'charge-requested', referenceId: RegExp, count = 1): Promise<CloudEvent<PixChargeRequested>[]> {
    return eventually(() => {
      const found = this.charges.filter((event) => referenceId.test(event.data.reference.id));
      if (found.length < count) throw new Error(`${found.length} ${type} matching ${referenceId}, expected ${count}`);
      return found;
    });
  }

  /** The types of the events published about `subject`, in arrival order. */
  typesAbout(subject: string): string[] {
    return this.events.filter((event) => event.subject === subject).map((event) => event.type);
  }

  createCharge(request: CloudEvent, expiresAt?: Date | string): Promise<void> {
    const data = PixChargeRequested.parse(request.data);
    const created: PixChargeCreated = {
      txid: data.txid,
      receiver: { ...INSTITUTION, keyType: 'CNPJ', key: INSTITUTION.document },
      amount: data.amount,
      description: data.description,
      expiresAt: instant(expiresAt ?? Date.now() + (data.expiresInSeconds ?? 86_400) * 1000),
      payer: data.payer,
      reference: data.reference,
    };
    return this.publish(PIX_EVENTS.chargeCreated, data.txid, created);
  }

  payCharge(request: CloudEvent, paidAt: Date | string): Promise<void> {
    const data = PixChargeRequested.parse(request.data);
    const paid: PixChargePaid = {
      txid: data.txid,
      endToEndId: `E99999999${data.txid}`,
      amount: data.amount,
      payer: data.payer,
      receiver: INSTITUTION,
      paidAt: instant(paidAt),
      reference: data.reference,
    };
    this.chargesPaid += 1;
    return this.publish(PIX_EVENTS.chargePaid, data.txid, paid);
  }

  expireCharge(request: CloudEvent, expiresAt: Date | string): Promise<void> {
    const data = PixChargeRequested.parse(request.data);
    const expired: PixChargeExpired = { txid: data.txid, expiresAt: instant(expiresAt), receiver: INSTITUTION, payer: data.payer, reference: data.reference };
    return this.publish(PIX_EVENTS.chargeExpired, data.txid, expired);
  }

  async close(): Promise<void> {
    await this.subscription?.close();
    await this.bus.close();
  }

  /** Every answer is an outcome of the service's request: Pix routes it to the service (`requester`). */
  private publish(type: string, subject: string, data: unknown, time?: Date): Promise<void> {
    return this.bus
      .publisher()
      .publish(cloudEvent({ source: '/subgraphs/pix', type, subject, data, requester: this.source, ...(time === undefined ? {} : { time }) }));
  }
}
