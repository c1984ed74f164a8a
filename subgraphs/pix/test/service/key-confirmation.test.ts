import { randomUUID } from 'node:crypto';
import type { PixPaymentOrdered } from '@bank/contracts';
import { customer, registerConfirmedPixKey, useHarness } from '@bank/testing';
import { handlePaymentOrder } from '../../src/application/payment-orders';
import { startPix } from './harness';

const REGISTER = `mutation($input: RegisterPixKeyInput!, $idempotencyKey: String!) { registerPixKey(input: $input, idempotencyKey: $idempotencyKey) { pixKey { id type key status holderName createdAt } } }`;
const CODE = `query($keyId: ID!) { pixKeyConfirmationCode(keyId: $keyId) }`;
const CONFIRM = `mutation($keyId: ID!, $code: String!) { confirmPixKey(input: { keyId: $keyId, code: $code }) { pixKey { id key status } } }`;
const RESEND = `mutation($keyId: ID!) { resendPixKeyCode(input: { keyId: $keyId }) { pixKey { id status } } }`;
const KEYS = `query($id: ID!) { _entities(representations: [{ __typename: "Customer", id: $id }]) { ... on Customer { pixKeys { id key status } } } }`;
const CREATE = `mutation($key: String!, $k: String!) { createPixCharge(input: { key: $key, amount: "10.00" }, idempotencyKey: $k) { charge { txid } } }`;

type Key = { id: string; type: string; key: string; status: string };

describe('proof of possession of phone and e-mail keys', () => {
  const pix = useHarness(startPix);

  const someone = () => customer(`c-${randomUUID()}`, { name: 'Rita Lopes', document: '39053344705' });
  const register = async (who: ReturnType<typeof someone>, type: string, key?: string) => {
    const result = await pix.as(who)<{ registerPixKey: { pixKey: Key } }>(REGISTER, { input: { type, key } });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return { key: result.data!.registerPixKey.pixKey, answer: JSON.stringify(result) };
  };
  const codeOf = async (who: ReturnType<typeof someone>, keyId: string) =>
    (await pix.as(who)<{ pixKeyConfirmationCode: string }>(CODE, { keyId })).data!.pixKeyConfirmationCode;
  const confirm = (who: ReturnType<typeof someone>, keyId: string, code: string) => pix.as(who)<{ confirmPixKey: { pixKey: Key } }>(CONFIRM, { keyId, code });
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  it('registers an e-mail or phone key PENDING_CONFIRMATION, without the code in the answer; CPF and EVP keys are ACTIVE at once', async () => {
    const rita = someone();
    const email = await register(rita, 'EMAIL', `rita-${randomUUID()}@example.com`);
    const phone = await register(rita, 'PHONE', `+55119${String(Date.now()).slice(-8)}`);
    for (const { key, answer } of [email, phone]) {
      expect(key.status).toBe('PENDING_CONFIRMATION');
      const code = await codeOf(rita, key.id);
      expect(code).toMatch(/^\d{6}$/);
      expect(answer).not.toContain(code);
    }
    expect((await register(rita, 'EVP')).key.status).toBe('ACTIVE');
    expect((await register(rita, 'CPF', '39053344705')).key.status).toBe('ACTIVE');
  });

  it('a pending key is held and counted, but receives nothing: no charge on it, no DICT lookup, a Pix to it refused', async () => {
    const rita = someone();
    const { key } = await register(rita, 'EMAIL', `rita-${randomUUID()}@example.com`);
    const listed = await pix.as(rita)<{ _entities: { pixKeys: Key[] }[] }>(KEYS, { id: rita.kind === 'authenticated' ? rita.id : '' });
    expect(listed.data?._entities[0]?.pixKeys).toEqual([{ id: key.id, key: key.key, status: 'PENDING_CONFIRMATION' }]);
    const charge = await pix.as(rita)(CREATE, { key: key.key, k: randomUUID() });
    expect(charge.errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'KEY_NOT_CONFIRMED' });
    expect((await pix.as(pix.joao)(REGISTER, { input: { type: 'EMAIL', key: key.key } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const order: PixPaymentOrdered = {
      orderId: `order-${randomUUID()}`,
      accountId: 'account-joao',
      payer: { customerId: 'c-joao', name: 'João Souza', document: '11144477735' },
      target: { type: 'KEY', key: key.key },
      amount: '5.00',
      description: null,
      orderedAt: new Date().toISOString(),
    };
    const sent = (await handlePaymentOrder(pix.service.pix, order)) as { status: string; refusal: unknown };
    expect(sent).toMatchObject({ status: 'FAILED', refusal: { code: 'NOT_FOUND', reason: 'KEY_NOT_FOUND' } });
  });

  it('confirms with the code: the key turns ACTIVE, receives, and a retry returns it', async () => {
    const rita = someone();
    const { key } = await register(rita, 'PHONE', `+55219${String(Date.now()).slice(-8)}`);
    const code = await codeOf(rita, key.id);
    const confirmed = await confirm(rita, key.id, code);
    expect(confirmed.data?.confirmPixKey.pixKey).toEqual({ id: key.id, key: key.key, status: 'ACTIVE' });
    expect((await confirm(rita, key.id, code)).data?.confirmPixKey.pixKey.status).toBe('ACTIVE');
    expect((await pix.as(rita)(CREATE, { key: key.key, k: randomUUID() })).errors).toBeUndefined();
    expect((await pix.as(rita)(RESEND, { keyId: key.id })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('counts wrong codes: after 5 the code is void, even the right one, until a new one is sent', async () => {
    const rita = someone();
    const { key } = await register(rita, 'EMAIL', `rita-${randomUUID()}@example.com`);
    const code = await codeOf(rita, key.id);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const refused = await confirm(rita, key.id, wrong(code));
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code', reason: 'WRONG_CODE' });
    }
    expect((await confirm(rita, key.id, code)).errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'CODE_ATTEMPTS_EXHAUSTED' });
    // A malformed code is bad input and not an attempt.
    expect((await confirm(rita, key.id, '12')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });

    expect((await pix.as(rita)(RESEND, { keyId: key.id })).data).toEqual({ resendPixKeyCode: { pixKey: { id: key.id, status: 'PENDING_CONFIRMATION' } } });
    const resent = await codeOf(rita, key.id);
    if (resent !== code) expect((await confirm(rita, key.id, code)).errors?.[0]?.extensions).toMatchObject({ reason: 'WRONG_CODE' });
    expect((await confirm(rita, key.id, resent)).data?.confirmPixKey.pixKey.status).toBe('ACTIVE');
  });

  it('sends a pending key 5 codes at most, so one registration gets at most 25 guesses', async () => {
    const rita = someone();
    const { key } = await register(rita, 'EMAIL', `rita-${randomUUID()}@example.com`);
    for (let resend = 1; resend <= 4; resend++) expect((await pix.as(rita)(RESEND, { keyId: key.id })).errors).toBeUndefined();
    const refused = await pix.as(rita)(RESEND, { keyId: key.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'TOO_MANY_CODES' });
    // The last code sent still confirms.
    expect((await confirm(rita, key.id, await codeOf(rita, key.id))).data?.confirmPixKey.pixKey.status).toBe('ACTIVE');
  });

  it('refuses an expired code (10 minutes by default)', async () => {
    const rita = someone();
    const { key } = await register(rita, 'EMAIL', `rita-${randomUUID()}@example.com`);
    const code = await codeOf(rita, key.id);
    pix.clock.advance(10 * 60_000);
    expect((await confirm(rita, key.id, code)).errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'CODE_EXPIRED' });
    await pix.as(rita)(RESEND, { keyId: key.id });
    expect((await confirm(rita, key.id, await codeOf(rita, key.id))).data?.confirmPixKey.pixKey.status).toBe('ACTIVE');
  });

  it('is another customer’s NOT_FOUND: their code, their confirmation', async () => {
    const rita = someone();
    const { key } = await register(rita, 'EMAIL', `rita-${randomUUID()}@example.com`);
    const code = await codeOf(rita, key.id);
    expect((await pix.as(pix.joao)(CODE, { keyId: key.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await confirm(pix.joao, key.id, code)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the test helper registers and confirms in one call', async () => {
    const rita = someone();
    expect(await registerConfirmedPixKey(pix.as(rita), { type: 'EMAIL', key: `rita-${randomUUID()}@example.com` })).toMatchObject({ status: 'ACTIVE' });
  });
});

describe('pixKeyConfirmationCode outside the sandbox', () => {
  const pix = useHarness(() => startPix({}, { PIX_SANDBOX_ENABLED: 'false' }));

  it('is refused with UNPROCESSABLE, reason SANDBOX_DISABLED', async () => {
    const rita = customer(`c-${randomUUID()}`, { name: 'Rita Lopes', document: '39053344705' });
    const registered = await pix.as(rita)<{ registerPixKey: { pixKey: Key } }>(REGISTER, { input: { type: 'EMAIL', key: `rita-${randomUUID()}@example.com` } });
    const { id } = registered.data!.registerPixKey.pixKey;
    expect((await pix.as(rita)(CODE, { keyId: id })).errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'SANDBOX_DISABLED' });
  });
});
