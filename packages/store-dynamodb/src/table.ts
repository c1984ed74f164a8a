import { CreateTableCommand, DescribeTableCommand, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDynamoDbClient } from './client';
import { setTimeout as sleep } from 'node:timers/promises';

/** Key attribute names; every key attribute is a string. */
export interface KeySchema {
  readonly partitionKey: string;
  readonly sortKey?: string;
}

export type Projection = 'ALL' | 'KEYS_ONLY' | { readonly include: readonly string[] };

export interface IndexDefinition extends KeySchema {
  readonly name: string;
  readonly projection: Projection;
}

export interface TableDefinition extends KeySchema {
  readonly tableName: string;
  readonly indexes?: readonly IndexDefinition[];
}

const keySchema = ({ partitionKey, sortKey }: KeySchema) => [
  { AttributeName: partitionKey, KeyType: 'HASH' as const },
  ...(sortKey === undefined ? [] : [{ AttributeName: sortKey, KeyType: 'RANGE' as const }]),
];

const projection = (projection: Projection) =>
  typeof projection === 'string' ? { ProjectionType: projection } : { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...projection.include] };

const keyAttributes = ({ partitionKey, sortKey }: KeySchema): string[] => (sortKey === undefined ? [partitionKey] : [partitionKey, sortKey]);

function createTableInput(table: TableDefinition) {
  const indexes = table.indexes ?? [];
  const attributes = new Set([table, ...indexes].flatMap(keyAttributes));
  return {
    TableName: table.tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: keySchema(table),
    ...(indexes.length === 0
      ? {}
      : {
          GlobalSecondaryIndexes: indexes.map((index) => ({
            IndexName: index.name,
            KeySchema: keySchema(index),
            Projection: projection(index.projection),
          })),
        }),
  };
}

async function isActive(client: DynamoDBDocumentClient, tableName: string): Promise<boolean> {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  return Table?.TableStatus === 'ACTIVE' && (Table.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
}

/**
 * Creates the table and its indexes unless it exists, then waits until table and indexes are ACTIVE.
 * For local development and tests only: production tables (and their TTL setting on `expiresAt`,
 * which dynalite cannot emulate) come from infrastructure as code, never from the service.
 */
export async function ensureTable(client: DynamoDBDocumentClient, table: TableDefinition, { timeoutMs = 30_000, pollMs = 100 } = {}): Promise<void> {
  try {
    await client.send(new CreateTableCommand(createTableInput(table)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  const deadline = Date.now() + timeoutMs;
  while (!(await isActive(client, table.tableName))) {
    if (Date.now() > deadline) throw new Error(`Table ${table.tableName} is not ACTIVE after ${timeoutMs} ms`);
    await sleep(pollMs);
  }
}

/** What a service's configuration says of its table (`dynamoDbEnv` of @bank/platform) and where it runs. */
export interface ServiceTableConfig {
  readonly DYNAMODB_ENDPOINT: string | undefined;
  readonly AWS_REGION: string;
  readonly DYNAMODB_TABLE: string;
  readonly NODE_ENV: string;
}

/** A service's client and the name of its table. */
export interface OpenTable {
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
}

/** The service's client and table; outside production the table is created (with its indexes) when missing. */
export async function openServiceTable(config: ServiceTableConfig, define: (tableName: string) => TableDefinition): Promise<OpenTable> {
  const client = createDynamoDbClient({ endpoint: config.DYNAMODB_ENDPOINT, region: config.AWS_REGION });
  if (config.NODE_ENV !== 'production') await ensureTable(client, define(config.DYNAMODB_TABLE));
  return { client, tableName: config.DYNAMODB_TABLE };
}

/** The readiness check of a DynamoDB service: its table answers. */
export const tableAnswers =
  ({ client, tableName }: OpenTable) =>
  (): Promise<unknown> =>
    client.send(new DescribeTableCommand({ TableName: tableName }));
