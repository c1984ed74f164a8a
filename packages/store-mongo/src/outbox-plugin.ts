import { Schema } from 'mongoose';
import type { CloudEvent } from '@bank/messaging';

/** The fields `outboxPlugin` adds to an aggregate's document. */
export interface OutboxFields {
  /** Bumped by every `updateWithEvents`; a write names the version it read (optimistic concurrency). */
  version: number;
  /** Events committed together with the state, oldest first, kept until the relay has published them. */
  outbox: CloudEvent[];
  /** Present while `outbox` may hold events, so that the sparse index lists exactly the documents to relay. */
  outboxPending?: boolean;
}

/**
 * Makes a schema's documents carry their own outbox: the state change and its events are written in
 * one single-document write (see `insertWithEvents`, `updateWithEvents`), so no transaction is needed.
 */
export function outboxPlugin(schema: Schema): void {
  schema.add({
    version: { type: Number, required: true, default: 1, min: 1 },
    outbox: { type: [Schema.Types.Mixed], default: [] },
    outboxPending: { type: Boolean },
  });
  schema.index({ outboxPending: 1 }, { sparse: true });
  // Events are stored verbatim; with minimize on, an insert would drop an empty object such as `data: {}`.
  schema.set('minimize', false);
}
