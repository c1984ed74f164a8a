import type { Kysely } from 'kysely';
import type { EventEnvelopes } from '@bank/messaging';
import { appendToOutbox } from '@bank/store-postgres';
import type { SettlementOutcomes } from '../../application/settlements/ports';
import type { SettlementEvent } from '../../domain';
import type { LedgerDatabase } from '../../ledger/infrastructure/postgres/schema';

/** Settlement outcomes into the outbox table the ledger's relay empties; `written` wakes it. */
export class PostgresSettlementOutcomes implements SettlementOutcomes {
  constructor(
    private readonly db: Kysely<LedgerDatabase>,
    private readonly envelopes: EventEnvelopes,
    private readonly written: () => void,
  ) {}

  async publish(event: SettlementEvent): Promise<void> {
    await appendToOutbox(this.db, this.envelopes([event]));
    this.written();
  }
}
