import { randomUUID } from 'node:crypto';
import { isValidEndToEndId, isValidTxid } from '../../src/domain';
import { CryptoIdGenerator } from '../../src/infrastructure/ids';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('CryptoIdGenerator', () => {
  const ids = new CryptoIdGenerator({ ispb: '60701190' });

  it('makes txids of 25 letters and digits, all different', () => {
    const txids = Array.from({ length: 200 }, () => ids.txid());
    expect(txids.every((txid) => isValidTxid(txid) && txid.length === 25)).toBe(true);
    expect(new Set(txids).size).toBe(200);
  });

  it('makes end-to-end ids carrying the ISPB and the UTC minute', () => {
    const id = ids.endToEndId(new Date('2025-06-30T23:59:59Z'));
    expect(isValidEndToEndId(id)).toBe(true);
    expect(id.slice(0, 21)).toBe('E60701190202506302359');
  });

  it('makes UUID v4s', () => {
    expect(ids.uuid()).toMatch(UUID_V4);
    expect(ids.uuid()).not.toBe(ids.uuid());
  });

  it('draws from the source it is given', () => {
    const first = new CryptoIdGenerator({ ispb: '60701190', randomInt: () => 0 });
    expect(first.txid()).toBe('A'.repeat(25));
    expect(first.endToEndId(new Date('2025-01-01T00:00:00Z'))).toBe(`E60701190202501010000${'A'.repeat(11)}`);
  });

  it('refuses an ISPB that is not 8 digits', () => {
    expect(() => new CryptoIdGenerator({ ispb: '1234567' })).toThrow(RangeError);
    expect(() => new CryptoIdGenerator({ ispb: randomUUID() })).toThrow(RangeError);
  });
});
