import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DomainEvent } from '@bank/domain';
import { itemWithOutbox, updateWithOutbox, type ItemKey } from '@bank/dynamodb';
import { conflict } from '@bank/errors';
import type { Page, PageRequest } from '../../application/ports';
import { batchGet, type Item } from './batch-get';
import type { ListingAttributes } from './insurance-table';
import { outboxEvents } from './outbox-events';
import { newestFirst } from './paging';

export interface TableOptions {
  readonly client: DynamoDBDocumentClient;
  /** The insurance table (insuranceTable). */
  readonly tableName: string;
}

/** How one record type is held in the table: one item, its JSON document under `record`, its `version` beside it. */
export interface RecordItems<T> {
  /** Names the record in error messages, e.g. "auto policy". */
  readonly name: string;
  keyOf(id: string): ItemKey;
  idOf(record: T): string;
  versionOf(record: T): number;
  /** The record as plain JSON, without its version. */
  toDocument(record: T): Item;
  fromDocument(document: unknown, version: number): T;
  /** The listing partition the record appears in; it never changes. */
  listingOf(record: T): ListingAttributes;
}

/**
 * Records saved one item each, with the events of each change in the same single-item write (the
 * outbox): creation is a put conditioned on the key being free, every later change an update
 * conditioned on the version it was read at.
 */
export class RecordStore<T> {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  constructor(
    { client, tableName }: TableOptions,
    private readonly items: RecordItems<T>,
  ) {
    this.client = client;
    this.tableName = tableName;
  }

  /** CONFLICT when a record with the same id exists; nothing is written then. */
  async create(record: T, events: readonly DomainEvent[]): Promise<void> {
    const id = this.items.idOf(record);
    const item = { ...this.items.keyOf(id), version: this.items.versionOf(record), record: this.items.toDocument(record), ...this.items.listingOf(record) };
    try {
      await this.client.send(
        new PutCommand({ TableName: this.tableName, Item: itemWithOutbox(item, outboxEvents(events)), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw conflict(`${this.items.name} ${id} already exists`);
      throw error;
    }
  }

  /** Saves the new state and its events on condition that the stored item is still at `expectedVersion`; CONFLICT otherwise, and nothing is written. */
  async update(record: T, expectedVersion: number, events: readonly DomainEvent[]): Promise<void> {
    const id = this.items.idOf(record);
    const version = this.items.versionOf(record);
    if (version !== expectedVersion + 1) throw new Error(`${this.items.name} ${id}: a change raises the version from ${expectedVersion} to ${expectedVersion + 1}; got ${version}`);
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: this.items.keyOf(id),
          ConditionExpression: '#version = :expectedVersion',
          ...updateWithOutbox(
            {
              set: ['#version = :version', '#record = :record'],
              names: { '#version': 'version', '#record': 'record' },
              values: { ':expectedVersion': expectedVersion, ':version': version, ':record': this.items.toDocument(record) },
            },
            outboxEvents(events),
          ),
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) {
        throw conflict(`${this.items.name} ${id} was changed by another request meanwhile; read it again and retry`);
      }
      throw error;
    }
  }

  async get(id: string): Promise<T | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: this.items.keyOf(id), ConsistentRead: true }));
    return Item === undefined ? null : this.fromItem(Item);
  }

  /** The records found, by id: one BatchGetItem per 100 ids. */
  async getMany(ids: readonly string[]): Promise<Map<string, T>> {
    const items = await batchGet(this.client, this.tableName, ids.map((id) => this.items.keyOf(id)));
    return new Map(
      ids.flatMap((id) => {
        const item = items.get(this.items.keyOf(id).pk);
        return item === undefined ? [] : [[id, this.fromItem(item)] as const];
      }),
    );
  }

  /** A page of a listing partition, newest first (read from the index, which projects the whole item). */
  protected async list(partition: string, page: PageRequest): Promise<Page<T>> {
    const found = await newestFirst(this.client, this.tableName, partition, page);
    return { ...found, edges: found.edges.map(({ node, cursor }) => ({ node: this.fromItem(node), cursor })) };
  }

  private fromItem(item: Item): T {
    return this.items.fromDocument(item.record, Number(item.version));
  }
}
