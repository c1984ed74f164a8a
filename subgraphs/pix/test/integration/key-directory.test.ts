import { randomUUID } from 'node:crypto';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { PixKeyRecord } from '../../src/application/ports';
import { PixKey } from '../../src/domain';
import { DynamoDbKeyDirectory } from '../../src/infrastructure/dynamodb/key-directory';
import { KeyQuota } from '../../src/infrastructure/dynamodb/key-quota';
import { itemKeys } from '../../src/infrastructure/dynamodb/pix-table';
import { ManualClock } from '@bank/testing';
import { payerDocument, rejectionCode } from './support/fixtures';
import { createPixTable, type TestPixTable } from './support/pix-table';

const TIMEOUT_MS = 60_000;

let table: TestPixTable;
let clock: ManualClock;
let directory: DynamoDbKeyDirectory;

beforeAll(async () => {
  table = await createPixTable('pix-keys');
});
afterAll(() => table.drop());
beforeEach(() => {
  clock = new ManualClock(Date.parse('2025-03-01T12:00:00Z'));
  directory = new DynamoDbKeyDirectory({ client: table.client, tableName: table.tableName, clock, reservationTimeoutMs: TIMEOUT_MS });
});

const evp = () => PixKey.parse('EVP', randomUUID());
const record = (ownerId: string, key: PixKey = evp(), createdAt = clock.now()): PixKeyRecord => ({
  id: randomUUID(),
  key,
  status: 'ACTIVE',
  ownerId,
  holderName: 'Maria Silva',
  holderDocument: payerDocument,
  createdAt,
});
const slotsOf = async (ownerId: string) => Object.keys(((await table.rawItem(itemKeys.keyQuota(ownerId)))?.slots ?? {}) as object);

describe('DynamoDbKeyDirectory', () => {
  it('registers keys, finds each by its value and lists an owner’s keys oldest first', async () => {
    const owner = randomUUID();
    const email = record(owner, PixKey.parse('EMAIL', 'Maria.Silva@Example.com'), new Date('2025-03-01T10:00:00Z'));
    const phone = record(owner, PixKey.parse('PHONE', '(11) 98765-4321'), new Date('2025-03-01T09:00:00Z'));
    const random = record(owner, evp(), new Date('2025-03-01T11:00:00Z'));
    for (const key of [email, phone, random]) await directory.add(key, 5);

    expect(await directory.find('maria.silva@example.com')).toEqual(email);
    expect(await directory.find(random.key.value)).toEqual(random);
    expect(await directory.find('nobody@example.com')).toBeNull();
    expect(await directory.ownedBy(owner)).toEqual([phone, email, random]);
    expect(await directory.ownedBy(randomUUID())).toEqual([]);
  });

  it('keeps a key unique across owners, and the refused owner keeps the slot free', async () => {
    const key = evp();
    const [holder, other] = [randomUUID(), randomUUID()];
    await directory.add(record(holder, key), 1);

    expect(await rejectionCode(directory.add(record(other, key), 1))).toBe('CONFLICT');
    expect((await directory.find(key.value))?.ownerId).toBe(holder);
    await expect(directory.add(record(other), 1)).resolves.toBeUndefined();
  });

  it('gives a key raced for by 10 owners to exactly one of them', async () => {
    const key = evp();
    const owners = Array.from({ length: 10 }, () => randomUUID());
    const outcomes = await Promise.allSettled(owners.map((owner) => directory.add(record(owner, key), 1)));

    const winners = owners.filter((_, index) => outcomes[index]?.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    const losers = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(losers.map((outcome) => (outcome as PromiseRejectedResult).reason.code)).toEqual(Array(9).fill('CONFLICT'));
    expect((await directory.find(key.value))?.ownerId).toBe(winners[0]);
    for (const owner of owners) expect(await slotsOf(owner)).toEqual(owner === winners[0] ? [key.value] : []);
  });

  it('lets exactly `limit` of 10 concurrent registrations of one owner succeed', async () => {
    const owner = randomUUID();
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => directory.add(record(owner), 5)));

    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(5);
    const refused = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(refused.map((outcome) => outcome.reason.code)).toEqual(Array(5).fill('UNPROCESSABLE'));
    expect(await directory.ownedBy(owner)).toHaveLength(5);
    expect(await slotsOf(owner)).toHaveLength(5);
  });

  it('answers CONFLICT, not UNPROCESSABLE, when an owner at the limit registers a key it holds', async () => {
    const owner = randomUUID();
    const key = evp();
    await directory.add(record(owner, key), 1);

    expect(await rejectionCode(directory.add(record(owner, key), 1))).toBe('CONFLICT');
    expect(await rejectionCode(directory.add(record(owner), 1))).toBe('UNPROCESSABLE');
  });

  it('removes a key only for its owner, freeing both the key and the slot', async () => {
    const [owner, other] = [randomUUID(), randomUUID()];
    const key = evp();
    await directory.add(record(owner, key), 1);

    expect(await directory.remove(other, key.value)).toBe(false);
    expect((await directory.find(key.value))?.ownerId).toBe(owner);
    expect(await directory.remove(owner, evp().value)).toBe(false);

    expect(await directory.remove(owner, key.value)).toBe(true);
    expect(await directory.find(key.value)).toBeNull();
    expect(await directory.remove(owner, key.value)).toBe(false);
    expect(await slotsOf(owner)).toEqual([]);
    await directory.add(record(owner), 1);
    await directory.add(record(other, key), 1);
    expect((await directory.find(key.value))?.ownerId).toBe(other);
  });

  it('frees a slot a crash left between reserving it and claiming the key, once it is older than the timeout', async () => {
    const owner = randomUUID();
    await directory.add(record(owner), 2);
    const abandoned = evp();
    // What a registration that died after its first write leaves behind.
    await new KeyQuota({ client: table.client, tableName: table.tableName, clock, reservationTimeoutMs: TIMEOUT_MS }).reserve(owner, abandoned.value, 2);

    expect(await rejectionCode(directory.add(record(owner), 2))).toBe('UNPROCESSABLE'); // it may still be in flight
    clock.advance(TIMEOUT_MS);
    const next = record(owner);
    await directory.add(next, 2);

    expect(await slotsOf(owner)).not.toContain(abandoned.value);
    expect(await slotsOf(owner)).toContain(next.key.value);
    expect(await directory.ownedBy(owner)).toHaveLength(2);
  });

  it('frees the slot of a key a crash left deleted but not released', async () => {
    const owner = randomUUID();
    const removed = record(owner);
    await directory.add(removed, 1);
    await table.client.send(new DeleteCommand({ TableName: table.tableName, Key: itemKeys.key(removed.key.value) }));
    clock.advance(TIMEOUT_MS);

    await directory.add(record(owner), 1);
    expect(await directory.ownedBy(owner)).toHaveLength(1);
  });

  it('never frees the slot of a key the owner holds, however old', async () => {
    const owner = randomUUID();
    await directory.add(record(owner), 1);
    clock.advance(10 * TIMEOUT_MS);

    expect(await rejectionCode(directory.add(record(owner), 1))).toBe('UNPROCESSABLE');
    expect(await slotsOf(owner)).toHaveLength(1);
  });
});
