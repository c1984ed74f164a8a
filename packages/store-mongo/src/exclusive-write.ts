import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection, mongo } from 'mongoose';
import { isDuplicateKeyError } from './duplicate-key';

/*
 * FerretDB 1.x runs an update as "find the matching documents, then rewrite each whole document by _id",
 * with nothing locking the document in between: two updates conditioned on the same version both match
 * and both report a modified document, and a write can silently undo a concurrent one. Inserts are safe
 * there (a unique _id is enforced by PostgreSQL). So on that server the writes to one document take turns
 * through a lock document; MongoDB applies each single-document write atomically and needs none.
 */

interface DocumentLock {
  _id: string;
  token: string;
  expiresAt: Date;
}

const LOCKS_COLLECTION = 'document_locks';
/** A holder that died frees the document after this long; a write under the lock takes milliseconds. */
const LOCK_LEASE_MS = 5_000;
const GIVE_UP_AFTER_MS = 2 * LOCK_LEASE_MS;
const MAX_PAUSE_MS = 50;

const lockNeeded = new WeakMap<Connection, Promise<boolean>>();

function needsLock(connection: Connection): Promise<boolean> {
  let answer = lockNeeded.get(connection);
  if (answer === undefined) {
    answer = isFerretDb1(connection);
    lockNeeded.set(connection, answer);
    answer.catch(() => lockNeeded.delete(connection));
  }
  return answer;
}

async function isFerretDb1(connection: Connection): Promise<boolean> {
  if (connection.db === undefined) throw new Error('The MongoDB connection is not open');
  const info = await connection.db.command({ buildInfo: 1 });
  return typeof info.ferretdbVersion === 'string' && info.ferretdbVersion.startsWith('v1.');
}

/**
 * Runs `write` — single-document writes to the document `_id` of the collection — so that each of them
 * is applied atomically with respect to the other exclusive writes to that document, as on MongoDB;
 * on FerretDB 1.x by running the whole of `write` alone.
 */
export async function exclusiveWrite<T>(connection: Connection, collectionName: string, _id: unknown, write: () => Promise<T>): Promise<T> {
  if (!(await needsLock(connection))) return write();
  const locks = connection.collection<DocumentLock>(LOCKS_COLLECTION);
  const lockId = `${collectionName}/${String(_id)}`;
  const token = randomUUID();
  await acquire(locks, lockId, token);
  try {
    return await write();
  } finally {
    await locks.deleteOne({ _id: lockId, token });
  }
}

async function acquire(locks: mongo.Collection<DocumentLock>, lockId: string, token: string): Promise<void> {
  const giveUpAt = Date.now() + GIVE_UP_AFTER_MS;
  for (let pause = 1; ; pause = Math.min(2 * pause, MAX_PAUSE_MS)) {
    const now = Date.now();
    try {
      await locks.insertOne({ _id: lockId, token, expiresAt: new Date(now + LOCK_LEASE_MS) });
      return;
    } catch (error) {
      if (!isDuplicateKeyError(error)) throw error;
    }
    // Taking over from a holder that died. FerretDB 1.x deletes by _id after matching, so two writers
    // racing over the same dead lock within that instant could both get it: a residual risk, after a crash only.
    const { deletedCount } = await locks.deleteOne({ _id: lockId, expiresAt: { $lte: new Date(now) } });
    if (deletedCount === 1) continue;
    if (now > giveUpAt) throw new Error(`Timed out waiting for the write lock on ${lockId}`);
    await sleep(pause);
  }
}
