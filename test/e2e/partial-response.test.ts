import { startStack, type Stack } from './stack';

const MARIA = { sub: 'c-maria', name: 'Maria Silva', document: '52998224725' };

describe('one subgraph down', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
    await stack.pix.stop();
  });
  afterAll(() => stack.stop().catch(() => undefined));

  it('answers with the data it has and an error naming the subgraph; the gateway stays up', async () => {
    const response = await stack.as(MARIA)(`{ me { id name loans { edges { node { id } } } } pixCharge(txid: "ABC") { txid } }`);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ me: { id: 'c-maria', name: 'Maria Silva', loans: { edges: [] } }, pixCharge: null });
    expect(response.errors).toEqual([
      { message: 'The pix service could not answer; try again shortly', extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'pix' } },
    ]);

    const base = stack.gateway.url.replace('/graphql', '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    // Still in rotation: it serves what the other subgraphs have.
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'degraded', subgraphs: { pix: 'unavailable', loans: 'ok', insurance: 'ok', accounts: 'ok' } });
  });
});
