import type { SettlementOutcomes } from '../../application/settlements/ports';
import type { SettlementEvent } from '../../domain';
import type { ConnectedLedger, Transfer, TransferRequest } from '../../ledger';

/** Settlement transfers and their outcomes in one ledger transaction; the outcomes go to the outbox the ledger's relay empties. */
export class PostgresSettlementOutcomes implements SettlementOutcomes {
  constructor(private readonly ledger: Pick<ConnectedLedger, 'withinTransaction'>) {}

  post(transfers: readonly TransferRequest[], posted: (created: readonly Transfer[]) => SettlementEvent): Promise<readonly Transfer[]> {
    return this.ledger.withinTransaction(async ({ createTransfers, record }) => {
      const created = await createTransfers(transfers);
      await record([posted(created)]);
      return created;
    });
  }

  publish(event: SettlementEvent): Promise<void> {
    return this.ledger.withinTransaction(({ record }) => record([event]));
  }
}
