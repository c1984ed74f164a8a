import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type AggregateStore, type DomainEvent, type Page, type PageRequest, type Stored, conflict, StaleVersionError, UNSAVED } from '@bank/kernel';
import type { CloudEvent, EventEnvelopes, PendingEvents } from '@bank/messaging';
import { batchGetItems } from './batch-get';
import { isConditionalCheckFailed } from './conditional';
import { outboxAggregateId } from './outbox-store';
import { itemWithOutbox, updateWithOutbox } from './outbox-write';
import { partitionQuery, queryPage } from './query-page';
import { outboxAttributes, type Item, type ItemKey } from './service-table';
import type { IndexDefinition } from './table';

/** How one type of aggregate is held in a service table, one item each; the store knows nothing else about it. */
export interface AggregateItemMapper<T> {
  /** Names the value in error messages, e.g. "charge". */
  readonly name: string;
  keyOf(id: string): ItemKey;
  idOf(value: T): string;
  /** The aggregate's state and the index attributes that apply to it now (the store adds `version`). */
  toItem(value: T): ItemKey & Item;
  fromItem(item: Item): T;
  /** Every index attribute its items may carry: an update removes those toItem leaves out, so the item leaves those indexes. */
  readonly indexAttributes?: readonly string[];
}

/** Told the item's outbox as a write that saved events left it (`relay.wake(saved)` publishes it at once). */
export type EventsSaved = (saved: PendingEvents) => void;

export interface DynamoDbAggregateStoreOptions<T> {
  readonly client: DynamoDBDocumentClient;
  /** A service table (`serviceTable`). */
  readonly tableName: string;
  readonly items: AggregateItemMapper<T>;
  /** Wraps the events of each change for the outbox: `eventEnvelopes(source)` from @bank/messaging. */
  readonly envelopes: EventEnvelopes;
  /** Told after a write that saved events, so the outbox relay can publish them at once instead of at its next poll. */
  readonly onEventsSaved?: EventsSaved;
}

/**
 * Aggregates saved one item each, with the events of each change in the same single-item write (the
 * outbox). The item's `version` attribute is the optimistic lock: creation (from UNSAVED) is a put at
 * version 1 conditioned on the key being free, every later change an update conditioned on the
 * version it was read at, raising it by one. Reads are strongly consistent.
 */
export class DynamoDbAggregateStore<T> implements AggregateStore<T> {
  protected readonly client: DynamoDBDocumentClient;
  protected readonly tableName: string;
  private readonly items: AggregateItemMapper<T>;
  private readonly envelopes: EventEnvelopes;
  private readonly onEventsSaved: EventsSaved;

  constructor({ client, tableName, items, envelopes, onEventsSaved = () => undefined }: DynamoDbAggregateStoreOptions<T>) {
    this.client = client;
    this.tableName = tableName;
    this.items = items;
    this.envelopes = envelopes;
    this.onEventsSaved = onEventsSaved;
  }

  async save(next: T, expectedVersion: number, events: readonly DomainEvent[]): Promise<Stored<T>> {
    const outbox = expectedVersion === UNSAVED ? await this.create(next, events) : await this.update(next, expectedVersion, events);
    if (events.length > 0) this.onEventsSaved({ aggregateId: outboxAggregateId(this.items.keyOf(this.items.idOf(next))), events: outbox });
    return { ...next, version: expectedVersion + 1 };
  }

  /** The new item's outbox. CONFLICT when an aggregate with the same id exists; nothing is written then. */
  private async create(value: T, events: readonly DomainEvent[]): Promise<readonly CloudEvent[]> {
    const outbox = this.envelopes(events);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: itemWithOutbox({ ...this.items.toItem(value), version: UNSAVED + 1 }, outbox),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return outbox;
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw conflict(`${this.items.name} ${this.items.idOf(value)} already exists`);
      throw error;
    }
  }

  /**
   * Saves the new state (every attribute toItem gives, and removes the index attributes it leaves
   * out) with its events, on condition that the stored item is still at `expectedVersion`. Returns the
   * item's outbox as the write left it (events still pending from before first).
   */
  private async update(value: T, expectedVersion: number, events: readonly DomainEvent[]): Promise<readonly CloudEvent[]> {
    const { pk, sk, ...state } = this.items.toItem(value);
    const attributes: Item = { ...state, version: expectedVersion + 1 };
    const id = this.items.idOf(value);
    // Placeholders by position: attribute names need not be valid placeholder names.
    const names: Record<string, string> = { '#version': 'version' };
    const values: Item = { ':expectedVersion': expectedVersion };
    const set = Object.entries(attributes).map(([name, attribute], position) => {
      names[`#s${position}`] = name;
      values[`:s${position}`] = attribute;
      return `#s${position} = :s${position}`;
    });
    const remove = (this.items.indexAttributes ?? [])
      .filter((name) => !(name in attributes))
      .map((name, position) => {
        names[`#r${position}`] = name;
        return `#r${position}`;
      });
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk, sk },
          ConditionExpression: '#version = :expectedVersion',
          ...updateWithOutbox({ set, remove, names, values }, this.envelopes(events)),
          ReturnValues: events.length > 0 ? 'UPDATED_NEW' : 'NONE',
        }),
      );
      return (Attributes?.[outboxAttributes.events] as CloudEvent[] | undefined) ?? [];
    } catch (error) {
      if (isConditionalCheckFailed(error)) {
        throw new StaleVersionError(`${this.items.name} ${id} is no longer at version ${expectedVersion}: another request changed it; read it again and retry`);
      }
      throw error;
    }
  }

  get(id: string): Promise<Stored<T> | null> {
    return this.read(this.items.keyOf(id));
  }

  /** The aggregates found, by id; one round trip per 100 ids, all in parallel. */
  async getMany(ids: readonly string[]): Promise<ReadonlyMap<string, Stored<T>>> {
    const found = await this.readMany(ids.map((id) => this.items.keyOf(id)));
    return new Map(found.map((value) => [this.items.idOf(value), value]));
  }

  /** The aggregates at `keys` that exist, in the order of `keys`. */
  async readMany(keys: readonly ItemKey[]): Promise<Stored<T>[]> {
    const items = await batchGetItems(this.client, this.tableName, keys);
    return keys.flatMap((key) => {
      const item = items.get(key);
      return item === undefined ? [] : [this.stored(item)];
    });
  }

  /**
   * The aggregate an index partition holds (the last by sort key, when it holds several). The index
   * only finds it: the item itself is read with a consistent read, as indexes lag behind the table.
   */
  async findInIndex(index: IndexDefinition, partition: string): Promise<Stored<T> | null> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({ ...partitionQuery({ tableName: this.tableName, index, partition, order: 'descending' }), Limit: 1 }),
    );
    const [found] = Items;
    return found === undefined ? null : this.read({ pk: String(found.pk), sk: String(found.sk) });
  }

  /** A page of an index partition, last sort key first, read from the index itself: it must project every attribute fromItem reads. */
  newestFirst(index: IndexDefinition, partition: string, request: PageRequest): Promise<Page<Stored<T>>> {
    return queryPage(this.client, { tableName: this.tableName, index, partition, order: 'descending' }, request, (item) => this.stored(item));
  }

  private async read(key: ItemKey): Promise<Stored<T> | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
    return Item === undefined ? null : this.stored(Item);
  }

  private stored(item: Item): Stored<T> {
    return { ...this.items.fromItem(item), version: Number(item.version) };
  }
}
