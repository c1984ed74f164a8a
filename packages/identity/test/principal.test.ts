import { ANONYMOUS, canSee, principalHeaders, PRINCIPAL_HEADERS, verifyPrincipal, type Principal } from '../src';

const secret = 'test-secret-at-least-16';
const alice: Principal = { kind: 'authenticated', id: 'c-alice', roles: ['customer'], name: 'Alice', document: '52998224725' };
const operation = {
  method: 'POST',
  operationName: 'Loan',
  query: 'query Loan($id: ID!) { loan(id: $id) { status } } query Other { me { id } }',
  variables: { id: 'loan-1' },
};
const principalOf = (headers: Record<string, string>, op = operation) => verifyPrincipal(headers, secret, op).principal;

describe('principal headers', () => {
  it('round-trip a signed principal', () => {
    expect(principalOf(principalHeaders(alice, secret, operation))).toEqual(alice);
    expect(principalOf(principalHeaders(ANONYMOUS, secret, operation))).toEqual(ANONYMOUS);
  });

  const unauthenticated = expect.objectContaining({ code: 'UNAUTHENTICATED' });

  it('refuses missing headers', () => {
    expect(() => verifyPrincipal({}, secret, operation)).toThrow(unauthenticated);
  });

  it('refuses another secret', () => {
    expect(() => verifyPrincipal(principalHeaders(alice, 'another-secret-of-16', operation), secret, operation)).toThrow(unauthenticated);
  });

  it('refuses a captured signature replayed with another query or other variables', () => {
    const headers = principalHeaders(alice, secret, operation);
    expect(() => verifyPrincipal(headers, secret, { ...operation, query: 'mutation { removePixCharge(input: { txid: "x" }) { charge { status } } }' })).toThrow(
      unauthenticated,
    );
    expect(() => verifyPrincipal(headers, secret, { ...operation, variables: { id: 'loan-2' } })).toThrow(unauthenticated);
  });

  it('refuses a captured signature used with another method or another operation of the same document', () => {
    const headers = principalHeaders(alice, secret, operation);
    expect(() => verifyPrincipal(headers, secret, { ...operation, method: 'GET' })).toThrow(unauthenticated);
    expect(() => verifyPrincipal(headers, secret, { ...operation, operationName: 'Other' })).toThrow(unauthenticated);
  });

  it('refuses a nonce other than the one signed, and says how long the nonce must be remembered', () => {
    const signedAt = new Date();
    const headers = principalHeaders(alice, secret, operation, signedAt);
    expect(verifyPrincipal(headers, secret, operation, signedAt)).toMatchObject({
      nonce: headers[PRINCIPAL_HEADERS.nonce],
      validUntil: new Date(signedAt.getTime() + 60_000),
    });
    expect(() => verifyPrincipal({ ...headers, [PRINCIPAL_HEADERS.nonce]: 'another' }, secret, operation)).toThrow(unauthenticated);
  });

  it('refuses a forged principal under a genuine signature', () => {
    const headers = principalHeaders(alice, secret, operation);
    const forged = { ...alice, roles: ['staff'] };
    headers[PRINCIPAL_HEADERS.principal] = Buffer.from(JSON.stringify(forged)).toString('base64url');
    expect(() => verifyPrincipal(headers, secret, operation)).toThrow(unauthenticated);
  });

  it('refuses a stale signature (replay)', () => {
    const headers = principalHeaders(alice, secret, operation, new Date(Date.now() - 5 * 60_000));
    expect(() => verifyPrincipal(headers, secret, operation)).toThrow(expect.objectContaining({ message: 'Expired gateway signature' }));
  });

  it('refuses a signed but malformed principal', () => {
    const headers = principalHeaders({ kind: 'authenticated', id: 'x', roles: ['root'], name: 'n', document: 'd' } as unknown as Principal, secret, operation);
    expect(() => verifyPrincipal(headers, secret, operation)).toThrow(unauthenticated);
  });
});

describe('canSee', () => {
  it('lets customers see their own objects and staff see all', () => {
    expect(canSee(alice, 'c-alice')).toBe(true);
    expect(canSee(alice, 'c-bob')).toBe(false);
    expect(canSee({ ...alice, id: 's-1', roles: ['staff'] }, 'c-bob')).toBe(true);
    expect(canSee(ANONYMOUS, 'c-bob')).toBe(false);
  });
});
