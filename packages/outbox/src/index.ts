export type { OutboxStore, PendingEvents } from './ports';
export { OutboxRelay, type OutboxRelayOptions, type RelayPass } from './relay';
export { toCloudEvents, type EnvelopeContext } from './to-cloud-events';
