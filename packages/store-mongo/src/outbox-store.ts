import type { Connection, mongo } from 'mongoose';
import type { CloudEvent, OutboxStore, PendingEvents } from '@bank/messaging';
import { exclusiveWrite } from './exclusive-write';

/** A model whose schema uses `outboxPlugin` (only what the store uses of it). */
export interface OutboxModel {
  readonly modelName: string;
  readonly db: Connection;
  readonly collection: { readonly collectionName: string };
  readonly schema: { path(path: '_id'): { cast(value: unknown): unknown } };
}

export interface MongoOutboxStoreOptions {
  readonly models: readonly OutboxModel[];
}

/** The _id types an aggregate id can name (its text form is cast back by the model's schema). */
type DocumentId = string | number | mongo.ObjectId;

interface Located {
  readonly model: OutboxModel;
  readonly _id: DocumentId;
}

interface OutboxDocument {
  _id: DocumentId;
  outbox?: CloudEvent[];
  outboxPending?: boolean;
}

const outboxes = (model: OutboxModel): mongo.Collection<OutboxDocument> => model.db.collection<OutboxDocument>(model.collection.collectionName);

/**
 * The relay's view of the outboxes kept in the documents of several models.
 * An aggregate id is "<model name>/<_id>", e.g. "Loan/6a1f...".
 */
export class MongoOutboxStore implements OutboxStore {
  private readonly models: ReadonlyMap<string, OutboxModel>;

  constructor({ models }: MongoOutboxStoreOptions) {
    this.models = new Map(models.map((model) => [model.modelName, model]));
  }

  async pending(limit: number): Promise<PendingEvents[]> {
    const perModel = await Promise.all(
      [...this.models.values()].map(async (model) => {
        const documents = await outboxes(model)
          .find({ outboxPending: true }, { projection: { outbox: 1 }, limit })
          .toArray();
        return documents.map(({ _id, outbox = [] }) => ({ aggregateId: `${model.modelName}/${String(_id)}`, events: outbox }));
      }),
    );
    const found = interleave(perModel).slice(0, limit);
    // A relay that died between removing the last events and clearing the flag left the flag behind.
    await Promise.all(found.filter(({ events }) => events.length === 0).map(({ aggregateId }) => this.markPublished(aggregateId, [])));
    return found.filter(({ events }) => events.length > 0);
  }

  async markPublished(aggregateId: string, eventIds: readonly string[]): Promise<void> {
    const { model, _id } = this.locate(aggregateId);
    const published = new Set(eventIds);
    await exclusiveWrite(model.db, model.collection.collectionName, _id, async () => {
      const collection = outboxes(model);
      const document = await collection.findOne({ _id }, { projection: { outbox: 1 } });
      if (document === null) return;
      const outbox = document.outbox ?? [];
      const done = outbox.filter(({ id }) => published.has(id));
      // $pullAll with the events exactly as stored: FerretDB 1.x ignores a condition such as
      // { $pull: { outbox: { id: { $in: ids } } } } (it only pulls elements equal to the whole value).
      if (done.length > 0) await collection.updateOne({ _id }, { $pullAll: { outbox: done } });
      // Only while the outbox is still empty: events appended meanwhile keep the document flagged.
      if (done.length === outbox.length) await collection.updateOne({ _id, outbox: { $size: 0 } }, { $unset: { outboxPending: '' } });
    });
  }

  private locate(aggregateId: string): Located {
    const slash = aggregateId.indexOf('/');
    const model = slash > 0 ? this.models.get(aggregateId.slice(0, slash)) : undefined;
    if (model === undefined) throw new Error(`Not an aggregate id of this outbox store: ${aggregateId}`);
    const _id = model.schema.path('_id').cast(aggregateId.slice(slash + 1)) as DocumentId;
    return { model, _id };
  }
}

/** Takes one from each list in turn, so that a busy model does not starve the others. */
function interleave<T>(lists: readonly (readonly T[])[]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const result: T[] = [];
  for (let index = 0; index < longest; index++) for (const list of lists) result.push(...list.slice(index, index + 1));
  return result;
}
