import type { SettlementEvent } from '../../domain';

/** Where the outcome of a settlement goes: the outbox, relayed to the requester. */
export interface SettlementOutcomes {
  publish(event: SettlementEvent): Promise<void>;
}
