import { AppError } from '@bank/kernel';
import { ANONYMOUS, ownedBy, visibleAmong, visibleTo, type Principal } from '../src';

const maria: Principal = { kind: 'authenticated', id: 'c-maria', roles: ['customer'], name: 'Maria Silva', document: '52998224725' };
const staff: Principal = { kind: 'authenticated', id: 's-1', roles: ['staff'], name: 'Ana', document: '11144477735' };
const owner = (thing: { owner: string }) => thing.owner;
const hers = { id: 'a', owner: 'c-maria' };
const his = { id: 'b', owner: 'c-joao' };
const code = (work: () => unknown): string => {
  try {
    work();
    return 'none';
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
};

describe('visibility', () => {
  it('shows a customer their own, staff everything, and answers NOT_FOUND otherwise', () => {
    expect(visibleTo(maria, hers, owner, 'thing a')).toBe(hers);
    expect(visibleTo(staff, his, owner, 'thing b')).toBe(his);
    expect([
      code(() => visibleTo(maria, his, owner, 'thing b')),
      code(() => visibleTo(ANONYMOUS, hers, owner, 'thing a')),
      code(() => visibleTo(maria, null, owner, 'x')),
    ]).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND']);
  });

  it('lets only the owner change it: staff get FORBIDDEN', () => {
    expect(ownedBy(maria as Extract<Principal, { kind: 'authenticated' }>, hers, owner, 'thing a')).toBe(hers);
    expect(code(() => ownedBy(staff as Extract<Principal, { kind: 'authenticated' }>, hers, owner, 'thing a'))).toBe('FORBIDDEN');
  });

  it('keeps of a batch read only what the caller may see', () => {
    const found = new Map([
      ['a', hers],
      ['b', his],
    ]);
    expect([...visibleAmong(maria, found, owner).keys()]).toEqual(['a']);
    expect([...visibleAmong(staff, found, owner).keys()]).toEqual(['a', 'b']);
    expect(visibleAmong(ANONYMOUS, found, owner).size).toBe(0);
  });
});
