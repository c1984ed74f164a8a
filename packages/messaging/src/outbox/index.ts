export type { OutboxStore, PendingEvents } from './ports';
export { OutboxRelay, type OutboxRelayOptions, type RelayPass } from './relay';
export { eventEnvelopes, toCloudEvents, type EnvelopeContext, type EventEnvelopes } from './to-cloud-events';
