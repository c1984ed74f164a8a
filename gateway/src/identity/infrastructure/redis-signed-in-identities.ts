import type { Redis } from 'ioredis';
import type { SignedInIdentities, SignedInIdentity } from '../application/customers';

/** Customers whose last written identity one replica remembers, so a token seen again costs no write. */
const MAX_REMEMBERED = 10_000;

/** One Redis string a customer (JSON name and document), written only when the identity changes. */
export class RedisSignedInIdentities implements SignedInIdentities {
  private readonly written = new Map<string, string>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix = 'identity:customer:',
  ) {}

  async lastSeen(ids: readonly string[]): Promise<ReadonlyMap<string, SignedInIdentity>> {
    const values = await this.redis.mget(ids.map((id) => this.prefix + id));
    const found = new Map<string, SignedInIdentity>();
    values.forEach((value, index) => {
      if (value !== null) found.set(ids[index] as string, JSON.parse(value) as SignedInIdentity);
    });
    return found;
  }

  async remember(id: string, { name, document }: SignedInIdentity): Promise<void> {
    const value = JSON.stringify({ name, document });
    if (this.written.get(id) === value) return;
    await this.redis.set(this.prefix + id, value);
    // Most recently seen last: a Map iterates in insertion order, so the first key is the oldest.
    this.written.delete(id);
    this.written.set(id, value);
    if (this.written.size > MAX_REMEMBERED) this.written.delete(this.written.keys().next().value as string);
  }
}
