import { createHash } from 'node:crypto';
import { uniqueName, useHarness } from '@bank/testing';
import { graphql, startTestGateway, tokenFor } from './support';

describe('gateway', () => {
  const gateway = useHarness(startTestGateway);

  describe('authentication', () => {
    it('answers me for a valid token, from its claims', async () => {
      const response = await graphql(gateway.url, '{ me { id name document } }', {
        token: tokenFor({ sub: 'c-1', name: 'Maria Silva', document: '52998224725' }),
      });
      expect(response).toMatchObject({ status: 200, data: { me: { id: 'c-1', name: 'Maria Silva', document: '52998224725' } } });
    });

    it('needs a token for me', async () => {
      const response = await graphql(gateway.url, '{ me { id } }');
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.data).toBeNull();
    });

    it.each([
      ['an expired token', tokenFor({ sub: 'c-1', expiresIn: -10 }), 'The token has expired'],
      ['a token signed with another secret', tokenFor({ sub: 'c-1' }, 'someone-elses-secret-123'), 'Invalid token'],
      ['a token with an unknown role', tokenFor({ sub: 'c-1', roles: ['admin'] }), "The token's roles must be among customer, staff"],
      ['garbage', 'not.a.jwt', 'Invalid token'],
      ['a token acting as the bank itself', tokenFor({ sub: 'urn:bank:institution' }), 'The token subject is reserved'],
    ])('refuses %s with UNAUTHENTICATED and HTTP 401', async (_, token, message) => {
      const response = await graphql(gateway.url, '{ me { id } }', { token });
      expect(response.status).toBe(401);
      expect(response.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) })]);
    });

    it('refuses an Authorization header that is not a bearer token', async () => {
      const response = await graphql(gateway.url, '{ me { id } }', { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
      expect(response.status).toBe(401);
    });
  });

  describe('authorization', () => {
    it('lets only staff look a customer up by id', async () => {
      const asCustomer = await graphql(gateway.url, '{ customer(id: "c-2") { id } }', { token: tokenFor({ sub: 'c-1' }) });
      expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const asStaff = await graphql(gateway.url, '{ customer(id: "c-2") { id name } }', { token: tokenFor({ sub: 's-1', roles: ['staff'] }) });
      expect(asStaff.data).toEqual({ customer: { id: 'c-2', name: null } });
    });

    it('shows staff who a customer is: the identity the customer last signed in with', async () => {
      const id = uniqueName('c-signed-in');
      const staff = tokenFor({ sub: 's-1', roles: ['staff'], name: 'Ana Atendente', document: '39053344705' });
      const lookUp = () => graphql(gateway.url, 'query($id: ID!) { customer(id: $id) { id name document } }', { token: staff, variables: { id } });
      expect((await lookUp()).data).toEqual({ customer: { id, name: null, document: null } });

      await graphql(gateway.url, '{ __typename }', { token: tokenFor({ sub: id, name: 'Joana Prado', document: '11144477735' }) });
      expect((await lookUp()).data).toEqual({ customer: { id, name: 'Joana Prado', document: '11144477735' } });

      await graphql(gateway.url, '{ __typename }', { token: tokenFor({ sub: id, name: 'Joana Prado Lima', document: '11144477735' }) });
      expect((await lookUp()).data).toEqual({ customer: { id, name: 'Joana Prado Lima', document: '11144477735' } });
    });

    it('never shows a customer another customer, however they ask', async () => {
      const [maria, joao] = [uniqueName('c-maria'), uniqueName('c-joao')];
      await graphql(gateway.url, '{ me { id } }', { token: tokenFor({ sub: maria, name: 'Maria Silva', document: '52998224725' }) });
      const asJoao = tokenFor({ sub: joao, name: 'João Souza', document: '11144477735' });
      const byId = await graphql(gateway.url, 'query($id: ID!) { customer(id: $id) { id name document } }', { token: asJoao, variables: { id: maria } });
      expect(byId.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(byId.data).toEqual({ customer: null });
      const asSelf = await graphql(gateway.url, 'query($id: ID!) { customer(id: $id) { id name } }', { token: asJoao, variables: { id: joao } });
      expect(asSelf.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('limits', () => {
    const token = tokenFor({ sub: 'c-1' });

    it('refuses too many aliases', async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
      const response = await graphql(gateway.url, `{ ${aliases} }`, { token });
      expect(response.errors?.[0]).toMatchObject({ message: expect.stringContaining('Aliases limit'), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    });

    it('refuses too many tokens', async () => {
      const fields = Array.from({ length: 2_100 }, () => 'id').join(' ');
      const response = await graphql(gateway.url, `{ me { ${fields} } }`, { token });
      expect(response.errors?.[0]?.message).toMatch(/Token limit/i);
    });

    it('refuses a body larger than the limit with 413 and a code', async () => {
      const response = await graphql(gateway.url, `{ me { id } } # ${'x'.repeat(200 * 1024)}`, { token });
      expect(response.status).toBe(413);
      expect(response.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('refuses a GET mutation-less request without a preflight header (CSRF prevention)', async () => {
      const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ me { id } }')}`);
      expect(response.status).toBe(400);
      expect(await response.text()).toContain('CSRF');
    });
  });

  describe('automatic persisted queries', () => {
    it('runs a query by its hash once it has been registered', async () => {
      const query = `{ me { id } } # ${uniqueName('apq')}`;
      const sha256Hash = createHash('sha256').update(query).digest('hex');
      const extensions = { persistedQuery: { version: 1, sha256Hash } };
      const send = (body: Record<string, unknown>) =>
        fetch(gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenFor({ sub: 'c-apq' })}` },
          body: JSON.stringify({ ...body, extensions }),
        }).then((r) => r.json() as Promise<{ data?: unknown; errors?: { extensions?: { code?: string } }[] }>);
      const unknown = await send({});
      expect(unknown.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(await send({ query })).toEqual({ data: { me: { id: 'c-apq' } } });
      expect(await send({})).toEqual({ data: { me: { id: 'c-apq' } } });
    });
  });

  describe('operations', () => {
    it('serves Apollo Sandbox at GET /graphql in development', async () => {
      const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('sandbox');
    });

    it('answers liveness and readiness on the public port, metrics on the internal one only', async () => {
      const base = gateway.url.replace('/graphql', '');
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      expect(await (await fetch(`${base}/health/ready`)).json()).toEqual({ status: 'ok', subgraphs: {} });
      await graphql(gateway.url, '{ me { id } }', { token: tokenFor({ sub: 'c-1' }) });
      expect((await fetch(`${base}/metrics`)).status).toBe(404);
      const metrics = await (await fetch(gateway.metricsUrl)).text();
      expect(metrics).toMatch(/graphql_operation_duration_seconds_count\{service="gateway",type="query",fields="me"\} [1-9]/);
    });
  });

  it('on shutdown answers readiness 503 through the drain delay while it still serves operations, then stops', async () => {
    const draining = await startTestGateway(undefined, undefined, { drainMs: 300 });
    const ready = draining.url.replace('/graphql', '/health/ready');
    const stopped = draining.shutdown().then(() => draining.stop());
    const during = await fetch(ready);
    expect({ status: during.status, connection: during.headers.get('connection') }).toEqual({ status: 503, connection: 'close' });
    expect((await graphql(draining.url, '{ me { id } }', { token: tokenFor({ sub: 'c-1' }) })).data).toEqual({ me: { id: 'c-1' } });
    await stopped;
    await expect(fetch(ready)).rejects.toThrow();
  });
});
