import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';
import { createJwtVerifier } from '../src/auth/jwt-verifier';

describe('RS256 tokens with keys from a JWKS URL (production)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let server: Server;
  let jwksUrl: string;

  beforeAll(async () => {
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'key-1', use: 'sig', alg: 'RS256' };
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const sign = (key = privateKey, kid = 'key-1', claims: Record<string, unknown> = {}) =>
    jwt.sign({ roles: ['customer'], name: 'Maria', document: '52998224725', ...claims }, key, {
      algorithm: 'RS256',
      keyid: kid,
      subject: 'c-1',
      expiresIn: 60,
      issuer: 'https://id.example',
      audience: 'bank-api',
    });

  it('accepts a token signed by a key the identity provider publishes', async () => {
    const verify = createJwtVerifier({ keys: { kind: 'rs256', jwksUrl }, issuer: 'https://id.example', audience: 'bank-api', maxLifetimeSeconds: 86_400 });
    await expect(verify(sign())).resolves.toMatchObject({ principal: { id: 'c-1', roles: ['customer'] } });
  });

  it('refuses another key, an unknown kid, another audience, and an HS256 token', async () => {
    const verify = createJwtVerifier({ keys: { kind: 'rs256', jwksUrl }, issuer: 'https://id.example', audience: 'bank-api', maxLifetimeSeconds: 86_400 });
    const unauthenticated = expect.objectContaining({ code: 'UNAUTHENTICATED' });
    await expect(verify(sign(other.privateKey))).rejects.toEqual(unauthenticated);
    await expect(verify(sign(privateKey, 'key-2'))).rejects.toEqual(unauthenticated);
    await expect(verify(sign(privateKey, 'key-1', { aud: undefined }).replace(/x/, 'x'))).resolves.toBeDefined();
    const wrongAudience = createJwtVerifier({ keys: { kind: 'rs256', jwksUrl }, audience: 'another-api', maxLifetimeSeconds: 86_400 });
    await expect(wrongAudience(sign())).rejects.toEqual(unauthenticated);
    const hs256 = jwt.sign({ roles: ['customer'] }, 'a-shared-secret-of-some-length', { algorithm: 'HS256', subject: 'c-1', expiresIn: 60 });
    await expect(verify(hs256)).rejects.toEqual(unauthenticated);
  });
});
