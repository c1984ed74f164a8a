import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { eventually } from '@bank/testing';
import type { ExecutionResult } from 'graphql-ws';
import { tokenFor } from '../../gateway/test/support';
import {
  BlockCardDocument,
  CardsScreenDocument,
  IssueCardDocument,
  OpenCheckingAccountDocument,
  RevealCardDetailsDocument,
  SimulateAccountDepositDocument,
  SimulateCardAuthorizationDocument,
  SimulateCardCaptureDocument,
  UnblockCardDocument,
} from '../../schema/operations/generated/graphql';
import { startStack, type Stack } from './stack';

const CARLA = { sub: `c-carla-${randomUUID()}`, name: 'Carla Dias', document: '52998224725' };
const STAFF = { sub: 's-ops', roles: ['staff'], name: 'Ops', document: '39053344705' };
const MERCHANT = { name: 'Padaria Central', mcc: '5812', city: 'Recife', country: 'BR' };

/** Every line the gateway and the accounts service log. */
class LogLines extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(
      ...chunk
        .toString()
        .split('\n')
        .filter((line) => line !== ''),
    );
    done();
  }
}

describe('cards through the gateway', () => {
  const logs = new LogLines();
  let stack: Stack;
  let accountId: string;
  let cardId: string;
  let details: { number: string; cvv: string; expiry: string };

  beforeAll(async () => {
    stack = await startStack({ logDestination: logs });
    const opened = await stack.run(CARLA, OpenCheckingAccountDocument, { idempotencyKey: randomUUID() });
    accountId = opened.data!.openAccount.account.id;
    const deposited = await stack.run(CARLA, SimulateAccountDepositDocument, { input: { accountId, amount: '100.00' }, idempotencyKey: randomUUID() });
    expect(deposited.errors).toBeUndefined();
  });
  afterAll(async () => {
    try {
      expect((await stack.accounts.accounts.ledger.reconcile()).balanced).toBe(true);
    } finally {
      await stack.stop();
    }
  });

  const authorize = (amount: string, idempotencyKey = randomUUID()) =>
    stack.run(CARLA, SimulateCardAuthorizationDocument, { input: { ...details, amount, merchant: MERCHANT }, idempotencyKey });

  it('issues a virtual debit card that me shows with only its last four digits, and reveals its details to the holder', async () => {
    const issued = await stack.run(CARLA, IssueCardDocument, { input: { accountId, kind: 'DEBIT', form: 'VIRTUAL' }, idempotencyKey: randomUUID() });
    expect(issued.errors).toBeUndefined();
    cardId = issued.data!.issueCard.card.id;
    const revealed = await stack.run(CARLA, RevealCardDetailsDocument, { cardId });
    details = revealed.data!.revealCardDetails.details;
    const staff = await stack.run(STAFF, RevealCardDetailsDocument, { cardId });
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const screen = await stack.run(CARLA, CardsScreenDocument, {});
    expect(screen.errors).toBeUndefined();
    expect(screen.data?.me.cards).toEqual([
      expect.objectContaining({
        id: cardId,
        kind: 'DEBIT',
        status: 'ACTIVE',
        last4: details.number.slice(-4),
        availableCredit: '100.00',
        currentInvoice: null,
      }),
    ]);
    expect(JSON.stringify(screen.data)).not.toContain(details.number);
  });

  it('approves, declines a blocked card at once, and approves again after unblocking', async () => {
    expect((await authorize('30.00')).data?.simulateCardAuthorization.authorization).toMatchObject({ status: 'APPROVED', responseCode: '00' });
    await stack.run(CARLA, BlockCardDocument, { cardId, reason: 'left it at the bar' });
    expect((await authorize('1.00')).data?.simulateCardAuthorization.authorization).toMatchObject({ declineReason: 'CARD_BLOCKED', responseCode: '62' });
    await stack.run(CARLA, UnblockCardDocument, { cardId });
    expect((await authorize('1.00')).data?.simulateCardAuthorization.authorization.status).toBe('APPROVED');
  });

  it('pushes each authorization decision and capture to the card holder, and refuses anyone else', async () => {
    const received: ExecutionResult[] = [];
    const client = stack.wsClient({ authorization: `Bearer ${tokenFor(CARLA)}` });
    const unsubscribe = client.subscribe(
      { query: `subscription($id: ID!) { cardActivity(cardId: $id) { status declineReason amount clearing card { last4 } } }`, variables: { id: cardId } },
      { next: (value) => void received.push(value as ExecutionResult), error: () => undefined, complete: () => undefined },
    );
    await eventually(() => expect(stack.gateway.hub.listenerCount()).toBeGreaterThan(0));
    // Decisions made before subscribing may still be on their way: follow this test's own amounts.
    const mine = () => received.map(({ data }) => data?.cardActivity as { amount: string }).filter(({ amount }) => ['20.00', '500.00'].includes(amount));
    const approved = await authorize('20.00');
    await eventually(() => expect(mine()).toHaveLength(1));
    await stack.run(CARLA, SimulateCardCaptureDocument, { input: { authorizationId: approved.data!.simulateCardAuthorization.authorization.id } });
    await eventually(() => expect(mine()).toHaveLength(2));
    await authorize('500.00');
    await eventually(() => expect(mine()).toHaveLength(3));
    const last4 = details.number.slice(-4);
    expect(mine()).toEqual([
      { status: 'APPROVED', declineReason: null, amount: '20.00', clearing: 'AUTHORIZED', card: { last4 } },
      { status: 'APPROVED', declineReason: null, amount: '20.00', clearing: 'CAPTURED', card: { last4 } },
      { status: 'DECLINED', declineReason: 'INSUFFICIENT_FUNDS', amount: '500.00', clearing: null, card: { last4 } },
    ]);
    unsubscribe();

    const refused: unknown[] = [];
    await new Promise<void>((resolve) => {
      stack
        .wsClient({ authorization: `Bearer ${tokenFor(STAFF)}` })
        .subscribe(
          { query: `subscription($id: ID!) { cardActivity(cardId: $id) { status } }`, variables: { id: cardId } },
          { next: (value) => void refused.push(value), error: (error) => void refused.push(error), complete: resolve },
        );
    });
    expect(refused).toEqual([{ errors: [expect.objectContaining({ extensions: { code: 'NOT_FOUND' } })] }]);
  });

  it('never writes the card number to a log line of the gateway or the accounts service', () => {
    expect(logs.lines.some((line) => line.includes('"service":"gateway"'))).toBe(true);
    expect(logs.lines.some((line) => line.includes('"service":"accounts"'))).toBe(true);
    expect(logs.lines.filter((line) => line.includes(details.number))).toEqual([]);
  });
});
