import type { SettlementEvent } from '../../domain';
import type { Transfer, TransferRequest } from '../../ledger';

/** Settlements on the ledger, with their outcomes in the outbox (relayed to the requester). */
export interface SettlementOutcomes {
  /**
   * Creates `transfers` (the rules of `createLinkedTransfers`) and stores the outcome `posted`
   * derives from them, in one transaction: a crash cannot commit one without the other. A refusal
   * throws and writes nothing.
   */
  post(transfers: readonly TransferRequest[], posted: (created: readonly Transfer[]) => SettlementEvent): Promise<readonly Transfer[]>;
  /** Stores an outcome with no transfer (a failure: nothing moved). */
  publish(event: SettlementEvent): Promise<void>;
}
