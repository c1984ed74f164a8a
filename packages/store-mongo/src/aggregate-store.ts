import { type AggregateStore, type DomainEvent, type Stored, conflict, StaleVersionError, UNSAVED } from '@bank/kernel';
import type { EventEnvelopes } from '@bank/messaging';
import type { Model } from 'mongoose';
import type { OutboxFields } from './outbox-plugin';
import { insertWithEvents, updateWithEvents, type AggregateState, type StateUpdate } from './outbox-write';

/** How one type of aggregate is held in a collection, one document each; the store adds `version` and the outbox. */
export interface AggregateDocumentMapper<T, TDocument extends OutboxFields & { readonly _id: string }> {
  /** Names the aggregate in error messages, e.g. "loan". */
  readonly name: string;
  toDocument(value: T): AggregateState<TDocument>;
  /** Validates a stored document (or the cache's JSON of one) and returns the aggregate it holds. */
  fromDocument(document: unknown): T;
  /** Fields toDocument may leave out: an update removes those it leaves out ($unset). */
  readonly optionalFields?: readonly string[];
}

export interface MongoAggregateStoreOptions<T, TDocument extends OutboxFields & { readonly _id: string }> {
  /** A model whose schema has `outboxPlugin`. */
  readonly model: Model<TDocument>;
  readonly documents: AggregateDocumentMapper<T, TDocument>;
  /** Wraps the events of each change for the outbox: `eventEnvelopes(source)` from @bank/messaging. */
  readonly envelopes: EventEnvelopes;
  /** Told after a write that saved events, so the outbox relay can publish them at once. */
  readonly onEventsSaved?: () => void;
}

/**
 * Aggregates one document each, with the events of each change in the same single-document write
 * (the outbox). `version` is the optimistic lock: creation (from UNSAVED) inserts at version 1, every
 * later change is conditioned on the version read and raises it by one.
 */
export class MongoAggregateStore<T, TDocument extends OutboxFields & { readonly _id: string }> implements AggregateStore<T> {
  protected readonly model: Model<TDocument>;
  private readonly documents: AggregateDocumentMapper<T, TDocument>;
  private readonly envelopes: EventEnvelopes;
  private readonly onEventsSaved: () => void;

  constructor({ model, documents, envelopes, onEventsSaved = () => undefined }: MongoAggregateStoreOptions<T, TDocument>) {
    this.model = model;
    this.documents = documents;
    this.envelopes = envelopes;
    this.onEventsSaved = onEventsSaved;
  }

  async save(next: T, expectedVersion: number, events: readonly DomainEvent[]): Promise<Stored<T>> {
    const document = this.documents.toDocument(next);
    if (expectedVersion === UNSAVED) {
      if (!(await insertWithEvents(this.model, document, this.envelopes(events)))) throw conflict(`${this.documents.name} ${document._id} already exists`);
    } else {
      const { _id, ...fields } = document;
      const absent = (this.documents.optionalFields ?? []).filter((field) => !(field in fields));
      const update = {
        $set: fields,
        ...(absent.length > 0 && { $unset: Object.fromEntries(absent.map((field) => [field, ''])) }),
      } as unknown as StateUpdate<TDocument>;
      if (!(await updateWithEvents(this.model, { _id, version: expectedVersion }, update, this.envelopes(events)))) {
        throw new StaleVersionError(
          `${this.documents.name} ${_id} is no longer at version ${expectedVersion}: another request changed it; read it again and retry`,
        );
      }
    }
    if (events.length > 0) this.onEventsSaved();
    return { ...next, version: expectedVersion + 1 };
  }

  async get(id: string): Promise<Stored<T> | null> {
    const document = await this.model.findById(id).lean().exec();
    return document === null ? null : this.stored(document);
  }

  async getMany(ids: readonly string[]): Promise<ReadonlyMap<string, Stored<T>>> {
    const documents = await this.model
      .find({ _id: { $in: [...ids] } })
      .lean()
      .exec();
    return new Map(documents.map((document) => [String(document._id), this.stored(document)]));
  }

  /** Documents a query found, as aggregates. */
  protected stored(document: unknown): Stored<T> {
    return { ...this.documents.fromDocument(document), version: Number((document as { version: unknown }).version) };
  }
}
