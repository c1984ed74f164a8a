import amqp from 'amqplib';
import { CARD_EVENT_SCHEMAS, CARD_EVENTS, detailsRevealedSchema } from '@bank/contracts';
import { eventually, testEndpoints, uniqueName } from '@bank/testing';
import { isValidPan } from '../../../src/domain/cards';
import { parseAccountId } from '../../../src/ledger';
import { authorize, CARD_FIELDS, issueCard, LogLines, MARKET, reveal, settle, type CardView, type Details } from './card-support';
import { deposit, newCustomer, newKey, openAccount, STAFF, startAccounts, type AccountsHarness } from './support';

const BIN = '53998412';
const logs = new LogLines();
/** Every number a test here created: none may ever reach a log line. */
const numbers: string[] = [];

let harness: AccountsHarness;
let broker: amqp.ChannelModel;
const published: { type: string; data: Record<string, unknown> }[] = [];

beforeAll(async () => {
  harness = await startAccounts(
    { LOG_LEVEL: 'trace', ACCOUNTS_CARD_BIN: BIN, ACCOUNTS_CARD_REVEALS_PER_HOUR: '20', ACCOUNTS_CARD_HOLD_EXPIRY_SECONDS: '3600' },
    { logDestination: logs, cardRevealPrefix: uniqueName('card-reveals'), holdExpiryIntervalMs: 3_600_000 },
  );
  harness.clock.set('2026-03-02T12:00:00Z');
  broker = await amqp.connect(testEndpoints.rabbitmqUrl);
  const channel = await broker.createChannel();
  await channel.assertExchange(harness.exchange, 'topic', { durable: true });
  const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true });
  await channel.bindQueue(queue, harness.exchange, 'accounts.card.#');
  await channel.consume(queue, (message) => {
    if (message !== null) published.push(JSON.parse(message.content.toString()) as { type: string; data: Record<string, unknown> });
  });
});
afterAll(async () => {
  await broker?.close();
  await harness?.stop();
});

/** A customer with an account holding `funds`, and a card on it whose details were revealed. */
async function cardholder(funds: string, card: Record<string, unknown> = { kind: 'DEBIT' }) {
  const principal = newCustomer();
  const call = harness.as(principal);
  const account = await openAccount(call);
  if (funds !== '0.00') await deposit(call, account.id, funds);
  const issued = await issueCard(call, { accountId: account.id, ...card });
  const details = await reveal(call, issued.id);
  numbers.push(details.number);
  return { principal, call, account, card: issued, details };
}

const balanceOf = async (call: ReturnType<AccountsHarness['as']>, accountId: string) => {
  const { data } = await call<{ account: { balance: { available: string; posted: string; held: string } } }>(
    `query($id: ID!) { account(id: $id) { balance { available posted held } } }`,
    { id: accountId },
  );
  return data?.account.balance;
};

const cardOf = async (call: ReturnType<AccountsHarness['as']>, id: string) => {
  const { data, errors } = await call<{ card: CardView & Record<string, unknown> }>(`query($id: ID!) { card(id: $id) { ${CARD_FIELDS} } }`, { id });
  if (data?.card === undefined || data.card === null) throw new Error(JSON.stringify(errors));
  return data.card;
};

const expectBalanced = async () => expect((await harness.service.accounts.ledger.reconcile()).balanced).toBe(true);

describe('issueCard and revealCardDetails', () => {
  it('issues a number in the BIN with its Luhn digit, expiring 5 years ahead, stored only encrypted and by keyed hash', async () => {
    const { card, details, account, call } = await cardholder('0.00');
    expect(card).toMatchObject({ kind: 'DEBIT', form: 'VIRTUAL', status: 'ACTIVE', brand: 'MASTERCARD', bin: BIN, expiryMonth: 3, expiryYear: 2031 });
    expect(details.number).toMatch(new RegExp(`^${BIN}\\d{8}$`));
    expect(isValidPan(details.number)).toBe(true);
    expect(details.number.endsWith(card.last4)).toBe(true);
    expect(details).toMatchObject({ expiry: '03/31', cvv: expect.stringMatching(/^\d{3}$/) });
    const row = await harness.db
      .selectFrom('cards' as never)
      .selectAll()
      .where('id' as never, '=', card.id as never)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(details.number);
    expect(JSON.stringify(row)).not.toContain(details.number.slice(6, 12));
    expect(row).toMatchObject({ pan_encrypted: expect.stringMatching(/^v1:/), pan_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const { data } = await call<{ account: { cards: { id: string; last4: string }[] } }>(`query($id: ID!) { account(id: $id) { cards { id last4 } } }`, {
      id: account.id,
    });
    expect(data?.account.cards).toEqual([{ id: card.id, last4: card.last4 }]);
  });

  it('returns the same card for the same key, and refuses a bad request writing nothing', async () => {
    const principal = newCustomer();
    const call = harness.as(principal);
    const account = await openAccount(call);
    const key = newKey();
    const issue = (input: Record<string, unknown>) =>
      call<{ issueCard: { card: { id: string } } }>(
        `mutation($input: IssueCardInput!, $key: String!) { issueCard(input: $input, idempotencyKey: $key) { card { id } } }`,
        {
          input: { accountId: account.id, form: 'PHYSICAL', ...input },
          key,
        },
      );
    const before = await harness.rowCounts();
    const refusals = await Promise.all([
      issue({ kind: 'DEBIT', creditLimit: '100.00' }),
      issue({ kind: 'CREDIT' }),
      issue({ kind: 'DEBIT', limits: { perTransaction: '100.00', daily: '50.00' } }),
      issue({ kind: 'CREDIT', creditLimit: '1000.01' }),
    ]);
    expect(refusals.map(({ errors }) => errors?.[0]?.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT', 'UNPROCESSABLE']);
    expect(refusals[3]?.errors?.[0]?.extensions?.reason).toBe('CREDIT_LIMIT_NOT_ALLOWED');
    expect(await harness.rowCounts()).toEqual(before);
    const first = await issue({ kind: 'DEBIT' });
    const again = await issue({ kind: 'DEBIT' });
    expect(again.data?.issueCard.card.id).toBe(first.data?.issueCard.card.id);
  });

  it('allows credit up to twice the posted balance, at least 1000.00, over all the customer’s credit cards', async () => {
    const { call, account } = await cardholder('1500.00');
    const credit = await issueCard(call, { accountId: account.id, kind: 'CREDIT', creditLimit: '2000.00' });
    expect(credit).toMatchObject({ kind: 'CREDIT', creditLimit: '2000.00', availableCredit: '2000.00', closingDay: 10 });
    const { errors } = await call(`mutation($input: IssueCardInput!) { issueCard(input: $input, idempotencyKey: "${newKey()}") { card { id } } }`, {
      input: { accountId: account.id, kind: 'CREDIT', form: 'VIRTUAL', creditLimit: '1000.01' },
    });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'CREDIT_LIMIT_NOT_ALLOWED' });
  });

  it('reveals details to the holder only, rate-limited, each reveal audited by an event without the details', async () => {
    const { call, card, details, principal } = await cardholder('0.00');
    const ask = (as: ReturnType<AccountsHarness['as']>) =>
      as(`mutation($input: RevealCardDetailsInput!) { revealCardDetails(input: $input) { details { number } } }`, { input: { cardId: card.id } });
    expect((await ask(harness.as(STAFF))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ask(harness.as(newCustomer()))).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const audits = await eventually(() => {
      const found = published.filter((event) => event.type === CARD_EVENTS.detailsRevealed && event.data.cardId === card.id);
      return found.length === 1 ? found : Promise.reject(new Error(`${found.length} audit events`));
    });
    const holder = principal.kind === 'authenticated' ? principal.id : '';
    expect(detailsRevealedSchema.strict().parse(audits[0]?.data)).toMatchObject({ cardId: card.id, customerId: holder, revealedBy: holder });
    expect(JSON.stringify(published)).not.toContain(details.number);
    expect(JSON.stringify(published)).not.toContain(`"${details.cvv}"`);

    const results = [];
    for (let index = 0; index < 20; index++) results.push(await ask(call));
    const refused = results.filter(({ errors }) => errors !== undefined);
    expect(refused.length).toBe(1);
    expect(refused[0]?.errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'RATE_LIMITED' });
  });
});

describe('authorization on the sandbox network', () => {
  it('declines for each reason in the order a network checks them, with its ISO 8583 code, then approves', async () => {
    const { call, card, details, account } = await cardholder('0.00');
    const limits = (value: Record<string, unknown>) =>
      call(`mutation($input: UpdateCardLimitsInput!) { updateCardLimits(input: $input) { card { id } } }`, { input: { cardId: card.id, limits: value } });
    await limits({ perTransaction: '50.00', blockedCategories: ['GAMBLING'] });
    await call(`mutation { blockCard(input: { cardId: "${card.id}", reason: "misplaced" }) { card { status } } }`);
    const wrongDigit = `${details.number.slice(0, -1)}${(Number(details.number.slice(-1)) + 1) % 10}`;
    const gambling = { name: 'Bet', mcc: '7995', city: 'Rio', country: 'BR' };
    const all = { number: wrongDigit, expiry: '04/31', cvv: details.cvv === '000' ? '001' : '000', merchant: gambling };
    const decisions = [];
    decisions.push(await authorize(call, details, '60.00', all));
    decisions.push(await authorize(call, details, '60.00', { ...all, number: `41111111${details.number.slice(8)}` }));
    decisions.push(await authorize(call, details, '60.00', { ...all, number: details.number }));
    decisions.push(await authorize(call, details, '60.00', { ...all, number: details.number, expiry: details.expiry }));
    decisions.push(await authorize(call, details, '60.00', { merchant: gambling }));
    await call(`mutation { unblockCard(input: { cardId: "${card.id}" }) { card { status } } }`);
    decisions.push(await authorize(call, details, '60.00', { merchant: gambling }));
    decisions.push(await authorize(call, details, '60.00'));
    decisions.push(await authorize(call, details, '50.00'));
    await deposit(call, account.id, '50.00');
    decisions.push(await authorize(call, details, '50.00'));
    expect(decisions.map(({ status, declineReason, responseCode }) => [status, declineReason, responseCode])).toEqual([
      ['DECLINED', 'INVALID_CARD', '14'],
      ['DECLINED', 'INVALID_CARD', '14'],
      ['DECLINED', 'EXPIRED_CARD', '54'],
      ['DECLINED', 'CVV_MISMATCH', 'N7'],
      ['DECLINED', 'CARD_BLOCKED', '62'],
      ['DECLINED', 'CATEGORY_BLOCKED', '57'],
      ['DECLINED', 'LIMIT_EXCEEDED', '61'],
      ['DECLINED', 'INSUFFICIENT_FUNDS', '51'],
      ['APPROVED', null, '00'],
    ]);
    await call(`mutation { cancelCard(input: { cardId: "${card.id}", reason: "stolen" }) { card { status } } }`);
    const cancelled = await authorize(call, details, '10.00', { expiry: '01/30', cvv: all.cvv, merchant: gambling });
    expect([cancelled.declineReason, cancelled.responseCode]).toEqual(['CARD_CANCELLED', '14']);
    expect(await balanceOf(call, account.id)).toEqual({ available: '0.00', posted: '50.00', held: '50.00' });
  });

  it('declines at once after blockCard returns and approves again after unblockCard', async () => {
    const { call, card, details } = await cardholder('100.00');
    expect((await authorize(call, details, '1.00')).status).toBe('APPROVED');
    const blocked = await call<{ blockCard: { card: { status: string; statusReason: string } } }>(
      `mutation { blockCard(input: { cardId: "${card.id}", reason: "where is it?" }) { card { status statusReason } } }`,
    );
    expect(blocked.data?.blockCard.card).toEqual({ status: 'BLOCKED', statusReason: 'where is it?' });
    expect((await authorize(call, details, '1.00')).declineReason).toBe('CARD_BLOCKED');
    await call(`mutation { unblockCard(input: { cardId: "${card.id}" }) { card { status } } }`);
    expect((await authorize(call, details, '1.00')).status).toBe('APPROVED');
  });

  it('declines a debit card whose checking account is blocked (ACCOUNT_BLOCKED, 62) or closed (ACCOUNT_CLOSED, 14), holding nothing', async () => {
    const { call, details, account } = await cardholder('100.00');
    const status = (change: 'blockAccount' | 'unblockAccount') =>
      harness.as(STAFF)(`mutation($input: AccountStatusChangeInput!) { ${change}(input: $input) { account { status } } }`, {
        input: { accountId: account.id, reason: 'Suspected fraud' },
      });
    await status('blockAccount');
    const whenBlocked = await authorize(call, details, '10.00');
    await status('unblockAccount');
    const whenActive = await authorize(call, details, '10.00');
    // A block half done: the ledger already refuses the account's debits, its row still says ACTIVE.
    await harness.service.accounts.ledger.refuseDebits(parseAccountId(account.id), true);
    const whileBlocking = await authorize(call, details, '10.00');
    await harness.service.accounts.ledger.refuseDebits(parseAccountId(account.id), false);
    // No operation closes an account yet: the row says so, as a closing would.
    await harness.db
      .updateTable('checking_accounts')
      .set({ status: 'CLOSED', closed_at: new Date() })
      .where('id', '=', account.id as never)
      .execute();
    const whenClosed = await authorize(call, details, '10.00');
    expect(
      [whenBlocked, whenActive, whileBlocking, whenClosed].map(({ status, declineReason, responseCode }) => [status, declineReason, responseCode]),
    ).toEqual([
      ['DECLINED', 'ACCOUNT_BLOCKED', '62'],
      ['APPROVED', null, '00'],
      ['DECLINED', 'ACCOUNT_BLOCKED', '62'],
      ['DECLINED', 'ACCOUNT_CLOSED', '14'],
    ]);
    expect(await balanceOf(call, account.id)).toEqual({ available: '90.00', posted: '100.00', held: '10.00' });
    await expectBalanced();
  });

  it('approves exactly 10 of 50 concurrent authorizations of 10.00 on a debit card whose account holds 100.00', async () => {
    const { call, details, account } = await cardholder('100.00');
    const decisions = await Promise.all(Array.from({ length: 50 }, () => authorize(call, details, '10.00')));
    expect(decisions.filter(({ status }) => status === 'APPROVED')).toHaveLength(10);
    expect(new Set(decisions.filter(({ status }) => status === 'DECLINED').map(({ declineReason }) => declineReason))).toEqual(new Set(['INSUFFICIENT_FUNDS']));
    expect(await balanceOf(call, account.id)).toEqual({ available: '0.00', posted: '100.00', held: '100.00' });
    await expectBalanced();
  });

  it('holds the daily limit under concurrency', async () => {
    const { call, details, card } = await cardholder('1000.00');
    await call(`mutation { updateCardLimits(input: { cardId: "${card.id}", limits: { daily: "70.00" } }) { card { id } } }`);
    const decisions = await Promise.all(Array.from({ length: 20 }, () => authorize(call, details, '10.00')));
    expect(decisions.filter(({ status }) => status === 'APPROVED')).toHaveLength(7);
    expect(new Set(decisions.filter(({ status }) => status === 'DECLINED').map(({ declineReason }) => declineReason))).toEqual(new Set(['LIMIT_EXCEEDED']));
  });

  it('holds the credit limit under concurrency', async () => {
    const { call, account } = await cardholder('0.00');
    const credit = await issueCard(call, { accountId: account.id, kind: 'CREDIT', creditLimit: '100.00' });
    const details = await reveal(call, credit.id);
    numbers.push(details.number);
    const decisions = await Promise.all(Array.from({ length: 30 }, () => authorize(call, details, '10.00')));
    expect(decisions.filter(({ status }) => status === 'APPROVED')).toHaveLength(10);
    expect((await cardOf(call, credit.id)).availableCredit).toBe('0.00');
    expect(await balanceOf(call, account.id)).toEqual({ available: '0.00', posted: '0.00', held: '0.00' });
    await expectBalanced();
  });

  it('returns the same decision for a retried key, and refuses another request under it', async () => {
    const { call, details } = await cardholder('100.00');
    const key = newKey();
    const [first, second] = await Promise.all([authorize(call, details, '30.00', {}, key), authorize(call, details, '30.00', {}, key)]);
    expect(second?.id).toBe(first?.id);
    const { errors } = await call(
      `mutation($input: SimulateCardAuthorizationInput!) { simulateCardAuthorization(input: $input, idempotencyKey: "${key}") { authorization { id } } }`,
      {
        input: { ...details, amount: '31.00', merchant: MARKET },
      },
    );
    expect(errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await balanceOf(call, (await openAccount(call)).id)).toMatchObject({ held: '30.00' });
  });
});

describe('capture, reversal, refund and expiry', () => {
  it('captures part of a hold and releases the rest, reverses another, refunds part of a capture: balances move and the ledger stays balanced', async () => {
    const { call, details, account } = await cardholder('100.00');
    const first = await authorize(call, details, '40.00');
    const second = await authorize(call, details, '25.00');
    expect(await balanceOf(call, account.id)).toEqual({ available: '35.00', posted: '100.00', held: '65.00' });

    const captured = await settle(call, 'simulateCardCapture', { authorizationId: first.id, amount: '30.00' });
    expect(captured.authorization).toMatchObject({ clearing: 'CAPTURED', capturedAmount: '30.00' });
    expect(await balanceOf(call, account.id)).toEqual({ available: '45.00', posted: '70.00', held: '25.00' });
    await expectBalanced();

    const reversed = await settle(call, 'simulateCardReversal', { authorizationId: second.id });
    expect(reversed.authorization).toMatchObject({ clearing: 'REVERSED' });
    expect(await balanceOf(call, account.id)).toEqual({ available: '70.00', posted: '70.00', held: '0.00' });
    await expectBalanced();

    const refunded = await settle(call, 'simulateCardRefund', { transactionId: first.id, amount: '12.50' });
    expect(refunded.authorization).toMatchObject({ refundedAmount: '12.50' });
    expect(await balanceOf(call, account.id)).toEqual({ available: '82.50', posted: '82.50', held: '0.00' });
    await expectBalanced();

    const tooMuch = await settle(call, 'simulateCardRefund', { transactionId: first.id, amount: '17.51' });
    expect(tooMuch.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const captureReversed = await settle(call, 'simulateCardCapture', { authorizationId: second.id });
    expect(captureReversed.errors?.[0]?.extensions?.code).toBe('UNPROCESSABLE');
    const overCapture = await settle(call, 'simulateCardCapture', { authorizationId: (await authorize(call, details, '5.00')).id, amount: '5.01' });
    expect(overCapture.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('releases an uncaptured hold when its time runs out; capturing it afterwards is refused', async () => {
    const { call, details, account } = await cardholder('100.00');
    const held = await authorize(call, details, '60.00');
    harness.clock.advance(3_600_000);
    await harness.service.accounts.ledger.expireHolds();
    expect(await balanceOf(call, account.id)).toEqual({ available: '100.00', posted: '100.00', held: '0.00' });
    const { data } = await call<{ cardAuthorization: { clearing: string } }>(`query { cardAuthorization(id: "${held.id}") { clearing } }`);
    expect(data?.cardAuthorization.clearing).toBe('EXPIRED');
    const late = await settle(call, 'simulateCardCapture', { authorizationId: held.id });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'UNPROCESSABLE', reason: 'PENDING_EXPIRED' });
    await expectBalanced();
  });

  it('shows captures and refunds in the account statement and its CSV export, with the merchant', async () => {
    const { call, details, account } = await cardholder('100.00');
    const bought = await authorize(call, details, '20.00');
    await settle(call, 'simulateCardCapture', { authorizationId: bought.id });
    await settle(call, 'simulateCardRefund', { transactionId: bought.id, amount: '5.00' });
    const { data } = await call<{ account: { statement: { edges: { node: { kind: string; amount: string; description: string } }[] } } }>(
      `query($id: ID!) { account(id: $id) { statement(first: 5) { edges { node { kind amount description } } } } }`,
      { id: account.id },
    );
    expect(data?.account.statement.edges.map(({ node }) => node)).toEqual([
      { kind: 'CARD_REFUND', amount: '5.00', description: `Refund: ${MARKET.name}` },
      { kind: 'CARD_PURCHASE', amount: '-20.00', description: MARKET.name },
      expect.objectContaining({ kind: 'DEPOSIT' }),
    ]);
    const exported = await call<{ exportStatement: { content: string } }>(
      `query($input: ExportStatementInput!) { exportStatement(input: $input) { content } }`,
      { input: { accountId: account.id, from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z', format: 'CSV' } },
    );
    expect(exported.data?.exportStatement.content).toContain('CARD_PURCHASE');
    expect(exported.data?.exportStatement.content).toContain(MARKET.name);
  });
});

describe('replaceCard', () => {
  it('cancels the card and issues a new number with the same limits; the old number declines, the new one approves', async () => {
    const { call, card, details } = await cardholder('100.00');
    await call(
      `mutation { updateCardLimits(input: { cardId: "${card.id}", limits: { perTransaction: "80.00", blockedCategories: [GAMBLING] } }) { card { id } } }`,
    );
    const { data, errors } = await call<{ replaceCard: { replacedCard: { status: string }; card: CardView & { limits: unknown } } }>(
      `mutation { replaceCard(input: { cardId: "${card.id}", reason: "stolen" }, idempotencyKey: "${newKey()}") { replacedCard { status } card { ${CARD_FIELDS} } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data?.replaceCard.replacedCard.status).toBe('CANCELLED');
    const replacement = data!.replaceCard.card;
    expect(replacement.limits).toEqual({ perTransaction: '80.00', daily: null, monthly: null, blockedCategories: ['GAMBLING'] });
    const fresh: Details = await reveal(call, replacement.id);
    numbers.push(fresh.number);
    expect(fresh.number).not.toBe(details.number);
    expect((await authorize(call, details, '10.00')).declineReason).toBe('CARD_CANCELLED');
    expect((await authorize(call, fresh, '10.00')).status).toBe('APPROVED');
  });
});

describe('credit invoices', () => {
  it('posts purchases to the open invoice, closes it on the closing day, and a payment from the account restores credit and pays it', async () => {
    harness.clock.set('2026-05-05T12:00:00Z');
    const { call, account } = await cardholder('500.00');
    const credit = await issueCard(call, { accountId: account.id, kind: 'CREDIT', creditLimit: '1000.00', closingDay: 10 });
    const details = await reveal(call, credit.id);
    numbers.push(details.number);
    const purchase = await authorize(call, details, '300.00');
    await settle(call, 'simulateCardCapture', { authorizationId: purchase.id });
    const parcelado = await authorize(call, details, '100.00', { installments: 3 });
    await settle(call, 'simulateCardCapture', { authorizationId: parcelado.id });
    expect((await cardOf(call, credit.id)).availableCredit).toBe('600.00');

    const INVOICES = `query($id: ID!) { card(id: $id) {
      currentInvoice { period status total minimumPayment }
      invoices(first: 6) { edges { node { period status total paid dueDate entries { amount installment installments } } } pageInfo { hasNextPage } }
    } }`;
    type Invoices = { card: { currentInvoice: Record<string, string>; invoices: { edges: { node: Record<string, unknown> }[] } } };
    const open = await call<Invoices>(INVOICES, { id: credit.id });
    expect(open.data?.card.currentInvoice).toEqual({ period: '2026-05', status: 'OPEN', total: '333.34', minimumPayment: '50.01' });
    expect(open.data?.card.invoices.edges.map(({ node }) => [node.period, node.status, node.total])).toEqual([
      ['2026-07', 'OPEN', '33.33'],
      ['2026-06', 'OPEN', '33.33'],
      ['2026-05', 'OPEN', '333.34'],
    ]);

    harness.clock.set('2026-05-12T12:00:00Z');
    const closed = await call<Invoices>(INVOICES, { id: credit.id });
    expect(closed.data?.card.invoices.edges.at(-1)?.node).toMatchObject({ period: '2026-05', status: 'CLOSED', dueDate: '2026-05-20T03:00:00.000Z' });
    expect(closed.data?.card.currentInvoice).toMatchObject({ period: '2026-06', total: '33.33' });

    const pay = (amount: string) =>
      call<{
        payCardInvoice: {
          invoice: { period: string; status: string; paid: string };
          card: { availableCredit: string };
          fromAccount: { balance: { available: string } };
        };
      }>(
        `mutation($input: PayCardInvoiceInput!, $key: String!) { payCardInvoice(input: $input, idempotencyKey: $key) {
          invoice { period status paid } card { availableCredit } fromAccount { balance { available } } } }`,
        { input: { cardId: credit.id, amount, fromAccountId: account.id }, key: newKey() },
      );
    const partial = await pay('100.00');
    expect(partial.data?.payCardInvoice).toEqual({
      invoice: { period: '2026-05', status: 'CLOSED', paid: '100.00' },
      card: { availableCredit: '700.00' },
      fromAccount: { balance: { available: '400.00' } },
    });
    harness.clock.set('2026-05-21T12:00:00Z');
    expect((await call<Invoices>(INVOICES, { id: credit.id })).data?.card.invoices.edges.at(-1)?.node).toMatchObject({ status: 'OVERDUE' });
    const rest = await pay('233.34');
    expect(rest.data?.payCardInvoice.invoice).toEqual({ period: '2026-05', status: 'PAID', paid: '333.34' });
    expect(rest.data?.payCardInvoice.card.availableCredit).toBe('933.34');

    harness.clock.set('2026-06-15T12:00:00Z');
    const june = await pay('33.33');
    expect(june.data?.payCardInvoice.invoice).toEqual({ period: '2026-06', status: 'PAID', paid: '33.33' });
    const tooMuch = await pay('33.34');
    expect(tooMuch.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    await expectBalanced();
  });

  it('puts a refund on the open invoice and gives the credit back', async () => {
    harness.clock.set('2026-08-01T12:00:00Z');
    const { call, account } = await cardholder('0.00');
    const credit = await issueCard(call, { accountId: account.id, kind: 'CREDIT', creditLimit: '500.00' });
    const details = await reveal(call, credit.id);
    numbers.push(details.number);
    const purchase = await authorize(call, details, '80.00', { merchant: { name: 'Posto', mcc: '5541', city: 'Santos', country: 'BR' } });
    await settle(call, 'simulateCardCapture', { authorizationId: purchase.id });
    await settle(call, 'simulateCardRefund', { transactionId: purchase.id, amount: '30.00' });
    const { data } = await call<{ card: { availableCredit: string; currentInvoice: { total: string; entries: { amount: string }[] } } }>(
      `query { card(id: "${credit.id}") { availableCredit currentInvoice { total entries { amount } } } }`,
    );
    expect(data?.card).toEqual({ availableCredit: '450.00', currentInvoice: { total: '50.00', entries: [{ amount: '80.00' }, { amount: '-30.00' }] } });
  });
});

describe('spending report', () => {
  it('totals and counts the month’s captured purchases by category, net of refunds, largest first', async () => {
    harness.clock.set('2026-09-03T12:00:00Z');
    const { call, details, card } = await cardholder('1000.00');
    const buy = async (amount: string, mcc: string) => {
      const authorization = await authorize(call, details, amount, { merchant: { name: `Shop ${mcc}`, mcc, city: 'SP', country: 'BR' } });
      await settle(call, 'simulateCardCapture', { authorizationId: authorization.id });
      return authorization;
    };
    await buy('50.00', '5411');
    const dinner = await buy('80.00', '5812');
    await buy('20.00', '5814');
    await buy('15.00', '1234');
    await authorize(call, details, '999.00');
    await settle(call, 'simulateCardRefund', { transactionId: dinner.id, amount: '10.00' });
    harness.clock.set('2026-10-01T03:00:00Z'); // midnight in Brasília: October's
    await buy('70.00', '5411');
    const { data } = await call<{ card: { spendingReport: unknown } }>(
      `query { card(id: "${card.id}") { spendingReport(month: "2026-09") { month total categories { category total count } } } }`,
    );
    expect(data?.card.spendingReport).toEqual({
      month: '2026-09',
      total: '155.00',
      categories: [
        { category: 'RESTAURANTS', total: '90.00', count: 2 },
        { category: 'GROCERIES', total: '50.00', count: 1 },
        { category: 'OTHER', total: '15.00', count: 1 },
      ],
    });
  });
});

describe('card events', () => {
  it('publishes every card event matching its contract, without card numbers', async () => {
    await eventually(() => expect(published.some((event) => event.type === CARD_EVENTS.authorizationRefunded)).toBe(true));
    expect(new Set(published.map(({ type }) => type))).toEqual(new Set(Object.values(CARD_EVENTS)));
    for (const event of published) CARD_EVENT_SCHEMAS[event.type as keyof typeof CARD_EVENT_SCHEMAS].strict().parse(event.data);
    expect(published.filter((event) => numbers.some((number) => JSON.stringify(event).includes(number)))).toEqual([]);
  });
});

describe('card numbers and logs', () => {
  it('never writes a card number it created to any log line', async () => {
    expect(numbers.length).toBeGreaterThan(10);
    expect(logs.lines.some((line) => line.includes('subgraph ready'))).toBe(true);
    const leaking = logs.lines.filter((line) => numbers.some((number) => line.includes(number)));
    expect(leaking).toEqual([]);
  });
});
