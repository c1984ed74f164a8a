import { Writable } from 'node:stream';
import type { GraphQLCall } from '@bank/testing';
import { newKey } from './support';

export const CARD_FIELDS =
  'id kind form status statusReason brand bin last4 expiryMonth expiryYear nickname creditLimit availableCredit closingDay limits { perTransaction daily monthly blockedCategories }';
export const AUTHORIZATION_FIELDS = 'id status declineReason responseCode amount installments clearing capturedAmount refundedAmount card { id }';

export interface CardView {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  readonly bin: string;
  readonly last4: string;
  readonly expiryMonth: number;
  readonly expiryYear: number;
  readonly availableCredit: string;
  readonly creditLimit: string | null;
}

export interface Details {
  readonly number: string;
  readonly cvv: string;
  readonly expiry: string;
}

export interface AuthorizationView {
  readonly id: string;
  readonly status: 'APPROVED' | 'DECLINED';
  readonly declineReason: string | null;
  readonly responseCode: string;
  readonly amount: string;
  readonly clearing: string | null;
  readonly capturedAmount: string | null;
  readonly refundedAmount: string;
}

/** Every line the service logged, for the test that greps them for card numbers. */
export class LogLines extends Writable {
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

export async function issueCard(call: GraphQLCall, input: Record<string, unknown>): Promise<CardView> {
  const { data, errors } = await call<{ issueCard: { card: CardView } }>(
    `mutation($input: IssueCardInput!, $key: String!) { issueCard(input: $input, idempotencyKey: $key) { card { ${CARD_FIELDS} } } }`,
    { input: { form: 'VIRTUAL', ...input }, key: newKey() },
  );
  if (data?.issueCard === undefined) throw new Error(`issueCard failed: ${JSON.stringify(errors)}`);
  return data.issueCard.card;
}

export async function reveal(call: GraphQLCall, cardId: string): Promise<Details> {
  const { data, errors } = await call<{ revealCardDetails: { details: Details } }>(
    `mutation($input: RevealCardDetailsInput!) { revealCardDetails(input: $input) { details { number cvv expiry } } }`,
    { input: { cardId } },
  );
  if (data?.revealCardDetails === undefined) throw new Error(`revealCardDetails failed: ${JSON.stringify(errors)}`);
  return data.revealCardDetails.details;
}

export const MARKET = { name: 'Mercado Bom', mcc: '5411', city: 'São Paulo', country: 'BR' };

export async function authorize(
  call: GraphQLCall,
  details: Details,
  amount: string,
  overrides: Record<string, unknown> = {},
  key = newKey(),
): Promise<AuthorizationView> {
  const { data, errors } = await call<{ simulateCardAuthorization: { authorization: AuthorizationView } }>(
    `mutation($input: SimulateCardAuthorizationInput!, $key: String!) {
      simulateCardAuthorization(input: $input, idempotencyKey: $key) { authorization { ${AUTHORIZATION_FIELDS} } }
    }`,
    { input: { ...details, amount, merchant: MARKET, ...overrides }, key },
  );
  if (data?.simulateCardAuthorization === undefined) throw new Error(`simulateCardAuthorization failed: ${JSON.stringify(errors)}`);
  return data.simulateCardAuthorization.authorization;
}

export async function settle(
  call: GraphQLCall,
  operation: 'simulateCardCapture' | 'simulateCardReversal' | 'simulateCardRefund',
  input: Record<string, unknown>,
): Promise<{ authorization?: AuthorizationView; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }> {
  const inputType = {
    simulateCardCapture: 'SimulateCardCaptureInput',
    simulateCardReversal: 'SimulateCardReversalInput',
    simulateCardRefund: 'SimulateCardRefundInput',
  }[operation];
  const keyed = operation === 'simulateCardRefund';
  const { data, errors } = await call<Record<string, { authorization: AuthorizationView }>>(
    `mutation($input: ${inputType}!${keyed ? ', $key: String!' : ''}) {
      ${operation}(input: $input${keyed ? ', idempotencyKey: $key' : ''}) { authorization { ${AUTHORIZATION_FIELDS} } }
    }`,
    { input, ...(keyed ? { key: newKey() } : {}) },
  );
  return { ...(data?.[operation] === undefined ? {} : { authorization: data[operation].authorization }), ...(errors === undefined ? {} : { errors }) };
}
