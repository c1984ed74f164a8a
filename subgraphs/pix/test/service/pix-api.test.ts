import { randomUUID } from 'node:crypto';
import type { PixPaymentOrdered } from '@bank/contracts';
import { customer, eventually, registerConfirmedPixKey, useHarness } from '@bank/testing';
import { handlePaymentOrder } from '../../src/application/payment-orders';
import { decodeBrCode } from '../../src/domain';
import { JOAO_CPF, MARIA_CPF, ofType, startPix } from './harness';

const REGISTER = `mutation($input: RegisterPixKeyInput!, $idempotencyKey: String!) { registerPixKey(input: $input, idempotencyKey: $idempotencyKey) { pixKey { type key holderName } } }`;
const CREATE = `mutation($input: CreatePixChargeInput!, $key: String!) {
  createPixCharge(input: $input, idempotencyKey: $key) { charge { txid status amount key receiverName description brCode qrCodePng qrCodeSvg expiresAt payments { endToEndId } } }
}`;
const PAY = `mutation($txid: ID!, $amount: Decimal, $idempotencyKey: String!) { simulatePixPayment(input: { txid: $txid, amount: $amount }, idempotencyKey: $idempotencyKey) { payment { endToEndId txid amount } } }`;
const CHARGE = `query($txid: ID!) { pixCharge(txid: $txid) { txid status amount payments { endToEndId amount refundedAmount } } }`;

type Charge = { txid: string; status: string; amount: string | null; brCode: string; qrCodePng: string; qrCodeSvg: string; key: string; receiverName: string };

describe('Pix subgraph', () => {
  const pix = useHarness(startPix);
  let mariaKey: string;

  beforeAll(async () => {
    mariaKey = (await registerConfirmedPixKey(pix.as(pix.maria), { type: 'EMAIL', key: ' Maria.Silva@Example.com ' })).key;
  });

  const createCharge = async (input: Record<string, unknown> = {}, idempotencyKey = randomUUID()) => {
    const result = await pix.as(pix.maria)<{ createPixCharge: { charge: Charge } }>(CREATE, {
      input: { key: mariaKey, amount: '150.00', description: 'Pedido 42', ...input },
      key: idempotencyKey,
    });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.createPixCharge.charge;
  };

  describe('keys', () => {
    it('normalizes and stores the holder', async () => {
      expect(mariaKey).toBe('maria.silva@example.com');
      const evp = await pix.as(pix.maria)<{ registerPixKey: { pixKey: { type: string; key: string; holderName: string } } }>(REGISTER, {
        input: { type: 'EVP' },
      });
      expect(evp.data?.registerPixKey.pixKey).toMatchObject({ type: 'EVP', key: expect.stringMatching(/^[0-9a-f-]{36}$/), holderName: 'Maria Silva' });
    });

    it('refuses a key another customer holds, and a CPF that is not the caller’s', async () => {
      const taken = await pix.as(pix.joao)(REGISTER, { input: { type: 'EMAIL', key: 'maria.silva@example.com' } });
      expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const notOwn = await pix.as(pix.joao)(REGISTER, { input: { type: 'CPF', key: MARIA_CPF } });
      expect(notOwn.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.key' } });
      const own = await pix.as(pix.joao)<{ registerPixKey: { pixKey: { key: string } } }>(REGISTER, { input: { type: 'CPF', key: '111.444.777-35' } });
      expect(own.data?.registerPixKey.pixKey.key).toBe(JOAO_CPF);
    });

    it.each([
      ['EMAIL', 'not-an-email'],
      ['PHONE', '12345'],
      ['CPF', '111.111.111-11'],
      ['EVP', 'f47ac10b-58cc-4372-a567-0e02b2c3d479'],
    ])('refuses a bad %s key %p with BAD_USER_INPUT', async (type, key) => {
      const result = await pix.as(pix.joao)(REGISTER, { input: { type, key } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('deletes a key and returns what it deleted; deleting it again is NOT_FOUND', async () => {
      const DELETE = `mutation($key: String!) { deletePixKey(input: { key: $key }) { pixKey { type key holderName } } }`;
      const registered = await pix.as(pix.joao)<{ registerPixKey: { pixKey: { key: string } } }>(REGISTER, { input: { type: 'EVP' } });
      const key = registered.data!.registerPixKey.pixKey.key;
      expect((await pix.as(pix.joao)(DELETE, { key: key.toUpperCase() })).data).toEqual({
        deletePixKey: { pixKey: { type: 'EVP', key, holderName: 'João Souza' } },
      });
      expect((await pix.as(pix.joao)(DELETE, { key })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('holds at most 5 keys for a person', async () => {
      const ana = { kind: 'authenticated' as const, id: 'c-ana', roles: ['customer' as const], name: 'Ana', document: '39053344705' };
      const results = await Promise.all(Array.from({ length: 7 }, () => pix.as(ana)(REGISTER, { input: { type: 'EVP' } })));
      expect(results.filter((r) => r.errors === undefined)).toHaveLength(5);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'UNPROCESSABLE')).toHaveLength(2);
    });
  });

  describe('charges', () => {
    it('issues a BR Code that decodes to the charge, with QR images', async () => {
      const charge = await createCharge();
      expect(charge).toMatchObject({ status: 'ACTIVE', amount: '150.00', key: mariaKey, receiverName: 'Maria Silva' });
      const decoded = decodeBrCode(charge.brCode);
      expect(decoded).toMatchObject({ key: mariaKey, txid: charge.txid, merchantName: 'Maria Silva', merchantCity: 'SAO PAULO', description: 'Pedido 42' });
      expect(decoded.amount?.toString()).toBe('150.00');
      expect(charge.txid).toMatch(/^[A-Za-z0-9]{25}$/);
      expect(charge.qrCodePng).toMatch(/^data:image\/png;base64,/);
      expect(charge.qrCodeSvg).toContain('<svg');
      await eventually(() => expect(ofType(pix.events, 'pix.charge.created').map((e) => e.subject)).toContain(charge.txid));
    });

    it('answers a new charge with the state it wrote, reading nothing back', async () => {
      const chargeReads = async () => {
        const text = await (await fetch(pix.service.server.metricsUrl)).text();
        return [...text.matchAll(/^cache_requests_total\{cache="pix-charge",[^}]*\} (\d+)$/gm)].reduce((sum, [, count]) => sum + Number(count), 0);
      };
      const before = await chargeReads();
      const charge = await createCharge({ amount: '12.34' });
      expect(charge).toMatchObject({ status: 'ACTIVE', amount: '12.34', key: mariaKey });
      expect(await chargeReads()).toBe(before);
    });

    it('returns the first charge for a repeated idempotency key, and CONFLICT for other input', async () => {
      const key = randomUUID();
      const first = await createCharge({ amount: '10.00' }, key);
      const again = await createCharge({ amount: '10.00' }, key);
      expect(again.txid).toBe(first.txid);
      const other = await pix.as(pix.maria)(CREATE, { input: { key: mariaKey, amount: '11.00' }, key });
      expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    });

    it.each([
      ['a negative amount', { amount: '-1.00' }, 'amount'],
      ['three decimals', { amount: '1.005' }, 'amount'],
      ['a 200-character description', { description: 'x'.repeat(200) }, 'description'],
      ['an expiry under a minute', { expiresInSeconds: 10 }, 'expiresInSeconds'],
    ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, input, field) => {
      const before = ofType(pix.events, 'pix.charge.created').length;
      const result = await pix.as(pix.maria)(CREATE, { input: { key: mariaKey, amount: '1.00', ...input }, key: randomUUID() });
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: `input.${field}` } });
      const listing = await pix.service.pix.charges.listByReceiver('c-maria', { first: 100, after: null });
      expect(listing.edges.every((edge) => edge.node.description !== 'x'.repeat(200))).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(ofType(pix.events, 'pix.charge.created')).toHaveLength(before);
    });

    it('refuses a key that is not the caller’s', async () => {
      const result = await pix.as(pix.joao)(CREATE, { input: { key: mariaKey, amount: '1.00' }, key: randomUUID() });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('shows a charge to its receiver only (NOT_FOUND for another customer)', async () => {
      const charge = await createCharge();
      expect((await pix.as(pix.maria)(CHARGE, { txid: charge.txid })).data?.pixCharge).toMatchObject({ txid: charge.txid });
      const other = await pix.as(pix.joao)(CHARGE, { txid: charge.txid });
      expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const missing = await pix.as(pix.joao)(CHARGE, { txid: 'doesnotexist' });
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('lets 50 concurrent payments complete a charge exactly once, with one event', async () => {
      const charge = await createCharge({ amount: '50.00' });
      const results = await Promise.all(Array.from({ length: 50 }, () => pix.as(pix.maria)(PAY, { txid: charge.txid })));
      const paid = results.filter((r) => r.errors === undefined);
      expect(paid).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(49);
      expect((await pix.as(pix.maria)<{ pixCharge: { status: string } }>(CHARGE, { txid: charge.txid })).data?.pixCharge.status).toBe('COMPLETED');
      await eventually(() => expect(ofType(pix.events, 'pix.charge.paid').filter((e) => e.subject === charge.txid)).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(ofType(pix.events, 'pix.charge.paid').filter((e) => e.subject === charge.txid)).toHaveLength(1);
    });

    it('refuses another amount than the fixed one, and a removed charge, writing nothing', async () => {
      const charge = await createCharge({ amount: '20.00' });
      const wrong = await pix.as(pix.maria)(PAY, { txid: charge.txid, amount: '19.99' });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNPROCESSABLE');
      await pix.as(pix.maria)(`mutation($txid: ID!) { removePixCharge(input: { txid: $txid }) { charge { status } } }`, { txid: charge.txid });
      const removed = await pix.as(pix.maria)(PAY, { txid: charge.txid });
      expect(removed.errors?.[0]?.extensions?.code).toBe('UNPROCESSABLE');
      expect((await pix.as(pix.maria)<{ pixCharge: { status: string; payments: unknown[] } }>(CHARGE, { txid: charge.txid })).data?.pixCharge).toMatchObject({
        status: 'REMOVED_BY_RECEIVER',
        payments: [],
      });
    });

    it('reads EXPIRED past its expiry, cannot be paid, and emits the expiry once', async () => {
      const charge = await createCharge({ expiresInSeconds: 60 });
      pix.clock.advance(61_000);
      expect((await pix.as(pix.maria)<{ pixCharge: { status: string } }>(CHARGE, { txid: charge.txid })).data?.pixCharge.status).toBe('EXPIRED');
      const late = await pix.as(pix.maria)(PAY, { txid: charge.txid });
      expect(late.errors?.[0]?.extensions?.code).toBe('UNPROCESSABLE');
      await eventually(() => expect(ofType(pix.events, 'pix.charge.expired').filter((e) => e.subject === charge.txid)).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(ofType(pix.events, 'pix.charge.expired').filter((e) => e.subject === charge.txid)).toHaveLength(1);
    });
  });

  it("lets staff read a customer's charge but not pay it as the payer", async () => {
    const charge = await createCharge({ amount: '25.00' });
    const staff = customer('s-ops', { roles: ['staff'], name: 'Ops', document: '11144477735' });
    expect((await pix.as(staff)<{ pixCharge: { status: string } }>(CHARGE, { txid: charge.txid })).data?.pixCharge.status).toBe('ACTIVE');
    const paid = await pix.as(staff)(PAY, { txid: charge.txid });
    expect(paid.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await pix.as(pix.maria)<{ pixCharge: { status: string; payments: unknown[] } }>(CHARGE, { txid: charge.txid })).data?.pixCharge).toMatchObject({
      status: 'ACTIVE',
      payments: [],
    });
  });

  describe('refunds', () => {
    const REFUND = `mutation($e2e: ID!, $amount: Decimal!, $key: String!) { refundPixPayment(input: { endToEndId: $e2e, amount: $amount, reason: "Devolvido" }, idempotencyKey: $key) { refund { amount status } } }`;

    it('refunds up to the amount paid, and no more', async () => {
      const charge = await createCharge({ amount: '100.00' });
      const payment = await pix.as(pix.maria)<{ simulatePixPayment: { payment: { endToEndId: string } } }>(PAY, { txid: charge.txid });
      const e2e = payment.data!.simulatePixPayment.payment.endToEndId;
      expect((await pix.as(pix.maria)(REFUND, { e2e, amount: '60.00', key: randomUUID() })).data).toEqual({
        refundPixPayment: { refund: { amount: '60.00', status: 'COMPLETED' } },
      });
      const over = await pix.as(pix.maria)(REFUND, { e2e, amount: '40.01', key: randomUUID() });
      expect(over.errors?.[0]?.extensions?.code).toBe('UNPROCESSABLE');
      expect((await pix.as(pix.maria)(REFUND, { e2e, amount: '40.00', key: randomUUID() })).errors).toBeUndefined();
      const read = await pix.as(pix.maria)<{ pixCharge: { payments: { refundedAmount: string }[] } }>(CHARGE, { txid: charge.txid });
      expect(read.data?.pixCharge.payments[0]?.refundedAmount).toBe('100.00');
      expect((await pix.as(pix.joao)(REFUND, { e2e, amount: '1.00', key: randomUUID() })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await eventually(() => expect(ofType(pix.events, 'pix.refund.completed').filter((e) => e.subject === charge.txid)).toHaveLength(2));
    });
  });

  describe('transfers', () => {
    const TRANSFER = `query($id: ID!) { pixTransfer(id: $id) { id status failureReason endToEndId } }`;
    const order = (target: PixPaymentOrdered['target'], amount = '25.00'): PixPaymentOrdered => ({
      orderId: `pix-${randomUUID()}`,
      accountId: 'checking-joao',
      payer: { name: 'João Souza', document: JOAO_CPF, customerId: 'c-joao' },
      target,
      amount,
      description: null,
      orderedAt: new Date().toISOString(),
    });

    it("settles an order to a key of this bank at once, and one to another institution's key through the central system", async () => {
      const inside = order({ type: 'KEY', key: mariaKey });
      const outside = order({ type: 'KEY', key: 'nobody@outside.example' });
      await handlePaymentOrder(pix.service.pix, inside);
      await handlePaymentOrder(pix.service.pix, outside);
      const settled = await pix.as(pix.joao)<{ pixTransfer: { status: string; endToEndId: string } }>(TRANSFER, { id: inside.orderId });
      expect(settled.data?.pixTransfer).toMatchObject({ status: 'SETTLED', endToEndId: expect.stringMatching(/^E99999999\d{12}[A-Za-z0-9]{11}$/) });
      await eventually(async () => {
        const sent = await pix.as(pix.joao)<{ pixTransfer: { status: string } }>(TRANSFER, { id: outside.orderId });
        expect(sent.data?.pixTransfer.status).toBe('SETTLED');
      });
      await eventually(() => {
        const settledEvents = ofType(pix.events, 'pix.transfer.settled');
        expect(settledEvents.find((e) => e.subject === inside.orderId)?.data).toMatchObject({
          receiver: { customerId: 'c-maria' },
          reference: { source: 'accounts' },
        });
        expect(settledEvents.find((e) => e.subject === outside.orderId)?.data).toMatchObject({
          receiver: { customerId: null },
          receiverInstitution: { ispb: '00000001' },
        });
      });
      // Maria received it: she may read it (the payer masked; see the e2e API contract test for a stranger).
      expect((await pix.as(pix.maria)(TRANSFER, { id: inside.orderId })).data?.pixTransfer).toMatchObject({ status: 'SETTLED' });
    });

    it('pays a charge of this bank once: a second order for it fails with CHARGE_ALREADY_PAID, a second delivery of the first changes nothing', async () => {
      const charge = await createCharge({ amount: '25.00' });
      const first = order({ type: 'BR_CODE', brCode: charge.brCode });
      const second = order({ type: 'BR_CODE', brCode: charge.brCode });
      await handlePaymentOrder(pix.service.pix, first);
      await handlePaymentOrder(pix.service.pix, first);
      await handlePaymentOrder(pix.service.pix, second);
      await eventually(() => {
        const paid = ofType(pix.events, 'pix.charge.paid').filter((e) => e.subject === charge.txid);
        expect(paid.map((e) => e.data)).toEqual([expect.objectContaining({ order: { id: first.orderId, accountId: 'checking-joao' }, amount: '25.00' })]);
        expect(ofType(pix.events, 'pix.transfer.failed').find((e) => e.subject === second.orderId)?.data).toMatchObject({
          refusal: { code: 'CONFLICT', reason: 'CHARGE_ALREADY_PAID' },
        });
      });
    });
  });

  describe('payload preview', () => {
    const PREVIEW = `query($code: String!) { pixPayloadPreview(brCode: $code) { key amount merchantName merchantCity txid } }`;
    const BCB = '00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-4266554400005204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D';

    it('decodes the BCB example and refuses a wrong CRC saying so', async () => {
      expect((await pix.as(pix.joao)(PREVIEW, { code: BCB })).data?.pixPayloadPreview).toEqual({
        key: '123e4567-e12b-12d1-a456-426655440000',
        amount: null,
        merchantName: 'Fulano de Tal',
        merchantCity: 'BRASILIA',
        txid: '***',
      });
      const tampered = await pix.as(pix.joao)(PREVIEW, { code: BCB.replace('1D3D', '1D3E') });
      expect(tampered.errors?.[0]).toMatchObject({ message: expect.stringContaining('CRC'), extensions: { code: 'BAD_USER_INPUT' } });
    });
  });

  describe('listings', () => {
    const LIST = `query($r: [_Any!]!, $status: PixChargeStatus, $first: Int, $after: String) { _entities(representations: $r) { ... on Customer {
      pixCharges(status: $status, first: $first, after: $after) { edges { cursor node { txid status } } pageInfo { hasNextPage endCursor } } } } }`;
    type Listing = {
      _entities: {
        pixCharges: { edges: { cursor: string; node: { txid: string; status: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      }[];
    };
    const pageOf = async (status: string | null, first: number, after: string | null) =>
      (await pix.as(pix.maria)<Listing>(LIST, { r: [{ __typename: 'Customer', id: 'c-maria' }], status, first, after })).data!._entities[0]!.pixCharges;

    it('pages through the charges of one status, newest first, without skipping or repeating any', async () => {
      const everything = await pageOf(null, 100, null);
      const completed = everything.edges.filter((edge) => edge.node.status === 'COMPLETED').map((edge) => edge.node.txid);
      expect(completed.length).toBeGreaterThanOrEqual(2);
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 20; pages += 1) {
        const page = await pageOf('COMPLETED', 1, after);
        seen.push(...page.edges.map((edge) => edge.node.txid));
        expect(page.edges.every((edge) => edge.node.status === 'COMPLETED')).toBe(true);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(completed);
    });

    it('refuses a page size over 100', async () => {
      const result = await pix.as(pix.maria)(LIST, { r: [{ __typename: 'Customer', id: 'c-maria' }], status: null, first: 101, after: null });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });

  describe('metrics', () => {
    it('counts charges by event, transfers by outcome and refused BR Codes', async () => {
      const text = await (await fetch(pix.service.server.metricsUrl)).text();
      const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? 0);
      expect(value(/pix_charges_total\{event="created",service="pix"\} (\d+)/)).toBeGreaterThan(5);
      expect(value(/pix_charges_total\{event="paid",service="pix"\} (\d+)/)).toBeGreaterThanOrEqual(2);
      expect(value(/pix_charges_total\{event="expired",service="pix"\} (\d+)/)).toBeGreaterThanOrEqual(1);
      expect(value(/pix_transfers_total\{outcome="settled",service="pix"\} (\d+)/)).toBeGreaterThanOrEqual(1);
      expect(value(/pix_transfers_total\{outcome="failed",service="pix"\} (\d+)/)).toBeGreaterThanOrEqual(1);
      expect(value(/pix_brcode_decode_failures_total\{service="pix"\} (\d+)/)).toBe(1);
    });
  });
});
