import mongoose, { type Connection } from 'mongoose';
import type { Logger } from '@bank/observability';

export interface MongoOptions {
  /** e.g. mongodb://127.0.0.1:27017 */
  readonly url: string;
  /** Overrides the database named in the URL. */
  readonly dbName?: string;
  readonly logger?: Logger;
  /**
   * Build a model's indexes as soon as it is compiled. On by default outside production; in production
   * leave it off and call `ensureIndexes()` once at start-up, before serving.
   */
  readonly autoIndex?: boolean;
}

export interface Mongo {
  /** A connection of its own (not mongoose's global default); compile models with `connection.model(...)`. */
  readonly connection: Connection;
  /** Creates the indexes that the connection's models declare; existing indexes are left alone. */
  ensureIndexes(): Promise<void>;
  close(): Promise<void>;
}

/** Opens a connection and waits until the server answers; fails within a few seconds when it does not. */
export async function connectMongo({ url, dbName, logger, autoIndex = process.env.NODE_ENV !== 'production' }: MongoOptions): Promise<Mongo> {
  const connection = mongoose.createConnection(url, {
    ...(dbName !== undefined && { dbName }),
    autoIndex,
    // Fail fast instead of queueing operations while the server is unreachable.
    bufferCommands: false,
    serverSelectionTimeoutMS: 5_000,
    connectTimeoutMS: 5_000,
    socketTimeoutMS: 30_000,
    maxPoolSize: 20,
  });
  if (logger !== undefined) {
    connection.on('disconnected', () => logger.warn('MongoDB disconnected'));
    connection.on('reconnected', () => logger.info('MongoDB reconnected'));
    connection.on('error', (error: unknown) => logger.error({ err: error }, 'MongoDB connection error'));
  }
  try {
    await connection.asPromise();
  } catch (error) {
    await connection.close().catch(() => undefined);
    throw error;
  }
  logger?.info({ db: connection.name }, 'MongoDB connected');
  return {
    connection,
    // createIndexes, not syncIndexes: FerretDB 1.x lists indexes without their `sparse` option, so
    // syncIndexes would see a difference and drop and rebuild the outbox index at every start.
    ensureIndexes: async () => {
      await Promise.all(Object.values(connection.models).map((model) => model.createIndexes()));
    },
    close: () => connection.close(),
  };
}
