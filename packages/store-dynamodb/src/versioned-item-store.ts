import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type DomainEvent, type Page, type PageRequest, conflict, StaleVersionError } from '@bank/kernel';
import type { EventEnvelopes } from '@bank/messaging';
import { batchGetItems } from './batch-get';
import { isConditionalCheckFailed } from './conditional';
import { itemWithOutbox, updateWithOutbox } from './outbox-write';
import { partitionQuery, queryPage } from './query-page';
import type { Item, ItemKey } from './service-table';
import type { IndexDefinition } from './table';

/** The item that holds a value: its key, its `version` (the optimistic lock) and every other attribute. */
export type VersionedItem = ItemKey & { readonly version: number } & Item;

/** How one type of value is held in a service table, one item each; the store knows nothing else about it. */
export interface VersionedItemMapper<T> {
  /** Names the value in error messages, e.g. "charge". */
  readonly name: string;
  keyOf(id: string): ItemKey;
  idOf(value: T): string;
  /** The value's state and the index attributes that apply to it now. */
  toItem(value: T): VersionedItem;
  fromItem(item: Item): T;
  /** Every index attribute its items may carry: an update removes those toItem leaves out, so the item leaves those indexes. */
  readonly indexAttributes?: readonly string[];
}

export interface VersionedItemStoreOptions<T> {
  readonly client: DynamoDBDocumentClient;
  /** A service table (`serviceTable`). */
  readonly tableName: string;
  readonly items: VersionedItemMapper<T>;
  /** Wraps the events of each change for the outbox: `eventEnvelopes(source)` from @bank/messaging. */
  readonly envelopes: EventEnvelopes;
  /** Told after a write that saved events, so the outbox relay can publish them at once instead of at its next poll. */
  readonly onEventsSaved?: () => void;
}

/**
 * Values saved one item each, with the events of each change in the same single-item write (the
 * outbox): creation is a put conditioned on the key being free, every later change an update
 * conditioned on the version it was read at. Reads are strongly consistent.
 */
export class VersionedItemStore<T> {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly items: VersionedItemMapper<T>;
  private readonly envelopes: EventEnvelopes;
  private readonly onEventsSaved: () => void;

  constructor({ client, tableName, items, envelopes, onEventsSaved = () => undefined }: VersionedItemStoreOptions<T>) {
    this.client = client;
    this.tableName = tableName;
    this.items = items;
    this.envelopes = envelopes;
    this.onEventsSaved = onEventsSaved;
  }

  /** CONFLICT when a value with the same id exists; nothing is written then. */
  async create(value: T, events: readonly DomainEvent[]): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: itemWithOutbox(this.items.toItem(value), this.envelopes(events)),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw conflict(`${this.items.name} ${this.items.idOf(value)} already exists`);
      throw error;
    }
    if (events.length > 0) this.onEventsSaved();
  }

  /**
   * Saves the new state (every attribute toItem gives, and removes the index attributes it leaves
   * out) with its events, on condition that the stored item is still at `expectedVersion`;
   * CONFLICT otherwise, and nothing is written. A change raises the version by exactly one.
   */
  async update(value: T, expectedVersion: number, events: readonly DomainEvent[]): Promise<void> {
    const { pk, sk, ...attributes } = this.items.toItem(value);
    const id = this.items.idOf(value);
    if (attributes.version !== expectedVersion + 1) {
      throw new Error(`${this.items.name} ${id}: a change raises the version from ${expectedVersion} to ${expectedVersion + 1}; got ${attributes.version}`);
    }
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
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk, sk },
          ConditionExpression: '#version = :expectedVersion',
          ...updateWithOutbox({ set, remove, names, values }, this.envelopes(events)),
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) {
        throw new StaleVersionError(`${this.items.name} ${id} is no longer at version ${expectedVersion}: another request changed it; read it again and retry`);
      }
      throw error;
    }
    if (events.length > 0) this.onEventsSaved();
  }

  get(id: string): Promise<T | null> {
    return this.read(this.items.keyOf(id));
  }

  /** The values found, by id; one round trip per 100 ids, all in parallel. */
  async getMany(ids: readonly string[]): Promise<Map<string, T>> {
    const found = await this.readMany(ids.map((id) => this.items.keyOf(id)));
    return new Map(found.map((value) => [this.items.idOf(value), value]));
  }

  /** The values at `keys` that exist, in the order of `keys`. */
  async readMany(keys: readonly ItemKey[]): Promise<T[]> {
    const items = await batchGetItems(this.client, this.tableName, keys);
    return keys.flatMap((key) => {
      const item = items.get(key);
      return item === undefined ? [] : [this.items.fromItem(item)];
    });
  }

  /**
   * The value an index partition holds (the last by sort key, when it holds several). The index
   * only finds it: the item itself is read with a consistent read, as indexes lag behind the table.
   */
  async findInIndex(index: IndexDefinition, partition: string): Promise<T | null> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({ ...partitionQuery({ tableName: this.tableName, index, partition, order: 'descending' }), Limit: 1 }),
    );
    const [found] = Items;
    return found === undefined ? null : this.read({ pk: String(found.pk), sk: String(found.sk) });
  }

  /** A page of an index partition, last sort key first, read from the index itself: it must project every attribute fromItem reads. */
  newestFirst(index: IndexDefinition, partition: string, request: PageRequest): Promise<Page<T>> {
    return queryPage(this.client, { tableName: this.tableName, index, partition, order: 'descending' }, request, (item) => this.items.fromItem(item));
  }

  private async read(key: ItemKey): Promise<T | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
    return Item === undefined ? null : this.items.fromItem(Item);
  }
}
