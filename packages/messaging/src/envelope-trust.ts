import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ConsumeMessage, Options } from 'amqplib';
import { routingKeyOf, type CloudEvent } from './cloud-event';

/** Header carrying HMAC-SHA256 over the message body (the whole CloudEvents envelope) with the producer's key. */
export const EVENT_SIGNATURE_HEADER = 'x-event-signature';

/**
 * Whom a bus trusts. `signed`: every event it publishes is signed with `producer`'s key, and every
 * event it consumes must come from the owner of its type (the first segment of the routing key,
 * `pix.charge.paid` → pix, source `/subgraphs/pix`) signed with that owner's key.
 * `unverified` is for tests of the bus itself.
 */
export type EnvelopeTrust =
  { readonly kind: 'signed'; readonly producer?: string; readonly keys: Readonly<Record<string, string>> } | { readonly kind: 'unverified' };

/** The service that may publish events of this type. */
export const ownerOf = (type: string): string => type.split('.')[0] ?? '';

/** The CloudEvents `source` of a producer's events. */
export const sourceOf = (producer: string): string => `/subgraphs/${producer}`;

/** The signature of a message body with a producer's key (hex HMAC-SHA256), as EVENT_SIGNATURE_HEADER carries it. */
export const eventSignature = (key: string, content: Buffer): string => createHmac('sha256', key).update(content).digest('hex');

/** Headers to publish `event` with: its signature, when this bus produces it. */
export function signatureHeaders(trust: EnvelopeTrust, event: CloudEvent, content: Buffer): Options.Publish['headers'] {
  if (trust.kind === 'unverified') return {};
  const key = trust.producer === undefined ? undefined : trust.keys[trust.producer];
  if (trust.producer !== ownerOf(event.type) || key === undefined) {
    throw new Error(`${trust.producer ?? 'this service'} may not publish ${event.type} (only ${ownerOf(event.type)} does)`);
  }
  return { [EVENT_SIGNATURE_HEADER]: eventSignature(key, content) };
}

/**
 * Why a delivered event is not to be trusted, or undefined. `exchange` is the events exchange: a
 * message routed through it must carry its type (and requester) as routing key.
 */
export function untrustedReason(trust: EnvelopeTrust, exchange: string, message: ConsumeMessage, event: CloudEvent): string | undefined {
  if (trust.kind === 'unverified') return undefined;
  const owner = ownerOf(event.type);
  if (message.fields.exchange === exchange && message.fields.routingKey !== routingKeyOf(event)) {
    return `routing key ${message.fields.routingKey} does not match the event's ${routingKeyOf(event)}`;
  }
  if (event.source !== sourceOf(owner)) return `source ${event.source} is not ${sourceOf(owner)}, the owner of ${event.type}`;
  const key = trust.keys[owner];
  if (key === undefined) return `no key to verify events of ${owner}`;
  const given = message.properties.headers?.[EVENT_SIGNATURE_HEADER];
  if (typeof given !== 'string') return 'the event is not signed';
  const expected = Buffer.from(eventSignature(key, message.content), 'hex');
  const actual = Buffer.from(given, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? undefined : `the signature is not ${owner}'s`;
}
