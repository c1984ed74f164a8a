import type { Model, QueryFilter, UpdateQuery, UpdateQueryKnownOnly } from 'mongoose';
import type { CloudEvent } from '@bank/messaging';
import { isDuplicateKeyError } from './duplicate-key';
import { exclusiveWrite } from './exclusive-write';
import type { OutboxFields } from './outbox-plugin';

/** The aggregate's own fields; the outbox fields are written by the helpers below. */
export type AggregateState<TDocument extends OutboxFields> = Omit<TDocument, keyof OutboxFields>;

/** A state change as update operators ($set, $unset, $inc, ...) over the aggregate's own fields. */
export type StateUpdate<TDocument extends OutboxFields> = UpdateQueryKnownOnly<AggregateState<TDocument>>;

/** The document a write expects to find: the version it was read at. */
export interface ExpectedVersion {
  readonly _id: unknown;
  readonly version: number;
}

const pendingEvents = (events: readonly CloudEvent[]) => (events.length > 0 ? { outboxPending: true } : {});

/**
 * Inserts a new aggregate (version 1) with its first events, in one write.
 * @returns false when a document with the same _id (or another unique key) already exists.
 */
export async function insertWithEvents<TDocument extends OutboxFields>(
  model: Model<TDocument>,
  state: AggregateState<TDocument>,
  events: readonly CloudEvent[],
): Promise<boolean> {
  try {
    const document: OutboxFields = { ...state, version: 1, outbox: [...events], ...pendingEvents(events) };
    await model.create(document as TDocument);
    return true;
  } catch (error) {
    if (isDuplicateKeyError(error)) return false;
    throw error;
  }
}

/**
 * Applies `update` and appends `events` to the document's outbox in one write, provided the document
 * is still at `expected.version`; the version is then bumped.
 * @returns false when another write got there first (or the document is gone): the caller reports CONFLICT.
 */
export async function updateWithEvents<TDocument extends OutboxFields>(
  model: Model<TDocument>,
  expected: ExpectedVersion,
  update: StateUpdate<TDocument>,
  events: readonly CloudEvent[],
): Promise<boolean> {
  const write: UpdateQuery<OutboxFields> = {
    ...update,
    $inc: { ...update.$inc, version: 1 },
    ...(events.length > 0 && {
      $set: { ...update.$set, ...pendingEvents(events) },
      $push: { ...update.$push, outbox: { $each: [...events] } },
    }),
  };
  const filter = { _id: expected._id, version: expected.version } as QueryFilter<TDocument>;
  const { matchedCount } = await exclusiveWrite(model.db, model.collection.collectionName, expected._id, () =>
    model.updateOne(filter, write as UpdateQuery<TDocument>).exec(),
  );
  return matchedCount === 1;
}
