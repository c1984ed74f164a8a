import { randomUUID } from 'node:crypto';
import { RegisterRandomKeyDocument } from '../../schema/operations/generated/graphql';
import { CreateMinimalChargeDocument } from './operations';
import { startStack, type Stack } from './stack';

const OWNER = { sub: 'c-concurrent-owner', name: 'Dona da Cobrança', document: '52998224725' };
const REQUESTS = 600;
/** The same query text and variables for everyone: only the token tells the requests apart. */
const QUERY = `query Concurrent($txid: ID!) { me { id name } pixCharge(txid: $txid) { txid } }`;

/**
 * A gateway that merged identical in-flight requests (same query, same variables) would answer one
 * principal with another's customer or charge. Every tenth request is the charge's owner's.
 */
describe('concurrent requests of different principals', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  it(`answers each of ${REQUESTS} concurrent identical requests with its own principal's customer and charges`, async () => {
    const key = (await stack.run(OWNER, RegisterRandomKeyDocument, {})).data?.registerPixKey.pixKey.key ?? '';
    const txid = (await stack.run(OWNER, CreateMinimalChargeDocument, { input: { key, amount: '5.00' }, idempotencyKey: randomUUID() })).data?.createPixCharge
      .charge.txid;
    expect(txid).toBeDefined();
    const principals = Array.from({ length: REQUESTS }, (_, i) =>
      i % 10 === 0 ? OWNER : { sub: `c-concurrent-${i}`, name: `Cliente ${i}`, document: '11144477735' },
    );

    const answers = await Promise.all(principals.map((principal) => stack.as(principal)(QUERY, { txid })));

    // A subgraph too slow on a loaded machine answers SUBGRAPH_UNAVAILABLE; what matters is that no answer is someone else's.
    const codes = (answer: (typeof answers)[number]) => (answer.errors ?? []).map((error) => error.extensions?.code);
    const answered = answers.flatMap((answer, i) => (codes(answer).includes('SUBGRAPH_UNAVAILABLE') ? [] : [{ principal: principals[i]!, answer }]));
    const wrong = answered.filter(({ principal: { sub, name }, answer }) => {
      const owner = sub === OWNER.sub;
      // Another customer's charge is NOT_FOUND, as for any id that does not exist.
      const expected = { data: { me: { id: sub, name }, pixCharge: owner ? { txid } : null }, codes: owner ? [] : ['NOT_FOUND'] };
      return JSON.stringify({ data: answer.data, codes: codes(answer) }) !== JSON.stringify(expected);
    });
    expect(wrong).toEqual([]);
    expect(answered.filter(({ principal }) => principal.sub === OWNER.sub).length).toBeGreaterThan(0);
    expect(answered.length).toBeGreaterThan(REQUESTS / 2);
  }, 120_000);
});
