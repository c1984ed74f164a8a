import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '@bank/domain';
import { itemWithOutbox, updateWithOutbox, type ItemKey } from '@bank/dynamodb';
import { conflict } from '@bank/errors';
import type { Page, PageRequest } from '../../application/ports';
import { batchGet, foundAt, type Item } from './batch-get';
import { isConditionalCheckFailed } from './conditional';
import { outboxEvents } from './outbox-events';
import { queryPage } from './paging';
import type { PixIndex, SortedPixIndex } from './pix-table';

/** The item that holds an aggregate: its key, its `version` (the optimistic lock) and every other attribute. */
export type AggregateItem = ItemKey & { readonly version: number } & Item;

/** How one aggregate type is held in the table; the store knows nothing else about it. */
export interface AggregateItems<T> {
  /** Names the aggregate in error messages, e.g. "charge". */
  readonly name: string;
  keyOf(id: string): ItemKey;
  idOf(aggregate: T): string;
  /** The aggregate's state and the index attributes that apply to it now. */
  toItem(aggregate: T): AggregateItem;
  fromItem(item: Item): T;
  /** Every index attribute its items may carry: an update removes those toItem leaves out, so the item leaves those indexes. */
  readonly indexAttributes: readonly string[];
}

/**
 * Aggregates saved one item each, with the events of each change in the same single-item write
 * (the outbox): creation is a conditional put, every later change an update conditioned on the
 * version it was read at.
 */
export class AggregateStore<T> {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly items: AggregateItems<T>,
    /** Told after a write that saved events, so the outbox relay can publish them at once instead of at its next poll. */
    private readonly onEventsSaved: () => void = () => undefined,
  ) {}

  /** CONFLICT when an aggregate with the same id exists. */
  async create(aggregate: T, events: readonly DomainEvent[]): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: itemWithOutbox(this.items.toItem(aggregate), outboxEvents(events)),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw conflict(`${this.items.name} ${this.items.idOf(aggregate)} already exists`);
      throw error;
    }
    if (events.length > 0) this.onEventsSaved();
  }

  /** Saves the new state and its events on condition that the stored item is still at `expectedVersion`; CONFLICT otherwise, and nothing is written. */
  async update(aggregate: T, expectedVersion: number, events: readonly DomainEvent[]): Promise<void> {
    const { pk, sk, ...attributes } = this.items.toItem(aggregate);
    const id = this.items.idOf(aggregate);
    if (attributes.version <= expectedVersion) {
      throw new Error(`${this.items.name} ${id}: a change must raise the version above ${expectedVersion}; got ${attributes.version}`);
    }
    const names: Record<string, string> = { '#version': 'version' };
    const values: Item = { ':expectedVersion': expectedVersion };
    const set = Object.entries(attributes).map(([name, value]) => {
      names[`#${name}`] = name;
      values[`:${name}`] = value;
      return `#${name} = :${name}`;
    });
    const remove = this.items.indexAttributes
      .filter((name) => !(name in attributes))
      .map((name) => {
        names[`#${name}`] = name;
        return `#${name}`;
      });
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk, sk },
          ConditionExpression: '#version = :expectedVersion',
          ...updateWithOutbox({ set, remove, names, values }, outboxEvents(events)),
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) {
        throw conflict(`${this.items.name} ${id} is no longer at version ${expectedVersion}: another request changed it; read it again and retry`);
      }
      throw error;
    }
    if (events.length > 0) this.onEventsSaved();
  }

  async get(id: string): Promise<T | null> {
    return this.read(this.items.keyOf(id));
  }

  /** The aggregates found, by id; one round trip per 100 ids, all in parallel. */
  async getMany(ids: readonly string[]): Promise<Map<string, T>> {
    const found = await this.readMany(ids.map((id) => this.items.keyOf(id)));
    return new Map(found.map((aggregate) => [this.items.idOf(aggregate), aggregate]));
  }

  /** The aggregates at `keys` that exist, in the order of `keys`. */
  async readMany(keys: readonly ItemKey[]): Promise<T[]> {
    const items = await batchGet(this.client, this.tableName, keys);
    return keys.flatMap((key) => {
      const item = foundAt(items, key);
      return item === undefined ? [] : [this.items.fromItem(item)];
    });
  }

  /**
   * The aggregate an index partition holds (the last by sort key, when it holds several). The index
   * only finds it: the item itself is read with a consistent read, as indexes lag behind the table.
   */
  async findInIndex(index: PixIndex, partition: string): Promise<T | null> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: '#partition = :partition',
        ExpressionAttributeNames: { '#partition': index.partitionKey },
        ExpressionAttributeValues: { ':partition': partition },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    const [found] = Items;
    return found === undefined ? null : this.read({ pk: String(found.pk), sk: String(found.sk) });
  }

  /** A page of an index partition, last sort key first. */
  async newestFirst(index: SortedPixIndex, partition: string, request: PageRequest): Promise<Page<T>> {
    const page = await queryPage(this.client, { tableName: this.tableName, index, partition, newestFirst: true }, request);
    return { ...page, edges: page.edges.map(({ node, cursor }) => ({ node: this.items.fromItem(node), cursor })) };
  }

  private async read(key: ItemKey): Promise<T | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
    return Item === undefined ? null : this.items.fromItem(Item);
  }
}
