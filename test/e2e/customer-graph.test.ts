import { randomUUID } from 'node:crypto';
import { principalHeaders } from '@bank/identity';
import { registerConfirmedPixKey } from '@bank/testing';
import { CustomerOverviewDocument } from '../../schema/operations/generated/graphql';
import { startStack, type Stack } from './stack';

const MARIA = { sub: 'c-maria', name: 'Maria Silva', document: '52998224725' };
const JOAO = { sub: 'c-joao', name: 'João Souza', document: '11144477735' };
const STAFF = { sub: 's-ana', roles: ['staff'], name: 'Ana', document: '39053344705' };

describe('the customer graph through the gateway', () => {
  let stack: Stack;
  let txid: string;

  beforeAll(async () => {
    stack = await startStack();
    await registerConfirmedPixKey(stack.as(MARIA), { type: 'EMAIL', key: 'maria@example.com' });
    const created = await stack.as(MARIA)(
      `mutation($key: String!) { createPixCharge(input: { key: "maria@example.com", amount: "99.90" }, idempotencyKey: $key) { charge { txid } } }`,
      { key: randomUUID() },
    );
    txid = (created.data?.createPixCharge as { charge: { txid: string } }).charge.txid;
  });
  afterAll(() => stack.stop());

  it('serves the shared customer overview across every subgraph, typed by codegen', async () => {
    const { data, errors } = await stack.run(MARIA, CustomerOverviewDocument, { chargesFirst: 5 });
    expect(errors).toBeUndefined();
    expect(data?.me).toMatchObject({
      id: 'c-maria',
      pixKeys: [{ type: 'EMAIL', key: 'maria@example.com' }],
      loans: { edges: [] },
      autoPolicies: { edges: [] },
    });
    expect(data?.me.pixCharges.edges.map((edge) => edge.node.txid)).toEqual([txid]);
  });

  it('answers me with what every subgraph contributes, in one request', async () => {
    const response = await stack.as(MARIA)(
      `{ me { id name document pixKeys { type key } pixCharges(first: 5) { edges { node { txid status amount } } pageInfo { hasNextPage } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      me: {
        id: 'c-maria',
        name: 'Maria Silva',
        document: '52998224725',
        pixKeys: [{ type: 'EMAIL', key: 'maria@example.com' }],
        pixCharges: { edges: [{ node: { txid, status: 'ACTIVE', amount: '99.90' } }], pageInfo: { hasNextPage: false } },
      },
    });
  });

  describe('object-level authorization: customer B against A’s objects', () => {
    it('pixCharge(txid) → NOT_FOUND', async () => {
      const response = await stack.as(JOAO)(`query($txid: ID!) { pixCharge(txid: $txid) { txid amount } }`, { txid });
      expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(response.data?.pixCharge).toBeNull();
    });

    it('removePixCharge / simulatePixPayment on A’s charge → NOT_FOUND, nothing changes', async () => {
      for (const mutation of [
        `removePixCharge(input: { txid: $txid }) { charge { status } }`,
        `simulatePixPayment(input: { txid: $txid }) { payment { endToEndId } }`,
      ]) {
        const response = await stack.as(JOAO)(`mutation($txid: ID!) { ${mutation} }`, { txid });
        expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
      const still = await stack.as(MARIA)(`query($txid: ID!) { pixCharge(txid: $txid) { status } }`, { txid });
      expect(still.data).toEqual({ pixCharge: { status: 'ACTIVE' } });
    });

    it('customer(id) → FORBIDDEN for a customer; staff read A’s charges', async () => {
      const asJoao = await stack.as(JOAO)(`{ customer(id: "c-maria") { id pixKeys { key } } }`);
      expect(asJoao.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const asStaff = await stack.as(STAFF)(`{ customer(id: "c-maria") { id pixKeys { key } pixCharges { edges { node { txid } } } } }`);
      expect(asStaff.data).toEqual({ customer: { id: 'c-maria', pixKeys: [{ key: 'maria@example.com' }], pixCharges: { edges: [{ node: { txid } }] } } });
    });

    it('_entities straight at the subgraph, even correctly signed for B → null / empty', async () => {
      const operation = {
        method: 'POST',
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on PixCharge { txid amount } ... on Customer { pixKeys { key } pixCharges { edges { node { txid } } } } } }`,
        variables: {
          r: [
            { __typename: 'PixCharge', txid },
            { __typename: 'Customer', id: 'c-maria' },
          ],
        },
      };
      const headers = principalHeaders(
        { kind: 'authenticated', id: 'c-joao', roles: ['customer'], name: 'João', document: JOAO.document },
        stack.env.PRINCIPAL_HMAC_SECRET!,
        operation,
      );
      const response = await fetch(stack.pix.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(operation),
      });
      expect(await response.json()).toEqual({ data: { _entities: [null, { pixKeys: [], pixCharges: { edges: [] } }] } });
    });
  });

  describe('the trust boundary', () => {
    it('refuses a subgraph request whose principal headers are forged', async () => {
      const forged = principalHeaders({ kind: 'authenticated', id: 'c-maria', roles: ['staff'], name: 'x', document: 'x' }, 'guessed-secret-123456', {
        method: 'POST',
        query: '{ __typename }',
      });
      const response = await fetch(stack.pix.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...forged },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ errors: [{ message: 'Invalid gateway signature', extensions: { code: 'UNAUTHENTICATED' } }] });
    });

    it('refuses a subgraph request with no principal at all', async () => {
      const response = await fetch(stack.pix.server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(401);
    });
  });
});
