export {
  addressedTo,
  cloudEvent,
  MalformedEventError,
  REQUESTER_PATTERN,
  routingKeyOf,
  whoeverAsked,
  type CloudEvent,
  type EventPublisher,
  type NewEvent,
} from './cloud-event';
export { EventBus, type DurableSubscriptionOptions, type EventBusOptions, type ExclusiveSubscriptionOptions, type SubscriptionOptions } from './event-bus';
export type { DeliveryContext, EventHandler, Subscription } from './subscription';
export { defaultRetryPolicy, messageHeaders, type DeadLetterReason, type RetryPolicy } from './retry-policy';
export { deadLetterQueueName, retryQueueName, type QueueType } from './topology';
export { defaultReconnectBackoff, type ReconnectBackoff } from './reconnect-backoff';
export { CLOUDEVENTS_CONTENT_TYPE } from './wire';
export { EVENT_SIGNATURE_HEADER, eventSignature, ownerOf, sourceOf, type EnvelopeTrust } from './envelope-trust';
export * from './outbox';
export * from './idempotency';
