/**
 * The demo story's cards, told through the public API like the rest of the seed: each customer gets a
 * virtual debit card on their checking account, Ana also a credit card, and the sandbox card network
 * buys a few things with them (most captured, one still held, one parcelado on credit), so the cards
 * screen has transactions, an invoice and a spending report. Every card and authorization has a fixed
 * idempotency key; a card that already has transactions is left alone (revealing its number again
 * would spend one of the customer's rate-limited reveals).
 */
import type { Run } from './seed-client';

type Log = (line: string) => void;

export interface SeedPurchase {
  readonly key: string;
  readonly amount: string;
  readonly merchant: { readonly name: string; readonly mcc: string; readonly city: string; readonly country: 'BR' };
  /** Captured by the merchant (the money moves), or left as a hold. */
  readonly captured: boolean;
  readonly installments?: number;
}

export interface SeedCard {
  readonly key: string;
  readonly accountId: string;
  readonly kind: 'DEBIT' | 'CREDIT';
  readonly nickname: string;
  readonly creditLimit?: string;
  readonly purchases: readonly SeedPurchase[];
}

const SP = { city: 'São Paulo', country: 'BR' } as const;

/** Ana's cards: everyday debit purchases, and a credit card with a purchase in three installments. */
export const anaCards = (accountId: string): readonly SeedCard[] => [
  {
    key: 'seed-ana-debit',
    accountId,
    kind: 'DEBIT',
    nickname: 'Dia a dia',
    purchases: [
      { key: 'seed-ana-debit-market', amount: '187.45', merchant: { name: 'Supermercado Pão de Mel', mcc: '5411', ...SP }, captured: true },
      { key: 'seed-ana-debit-lunch', amount: '64.90', merchant: { name: 'Restaurante Sabor Caseiro', mcc: '5812', ...SP }, captured: true },
      { key: 'seed-ana-debit-pharmacy', amount: '32.80', merchant: { name: 'Drogaria Saúde', mcc: '5912', ...SP }, captured: true },
      { key: 'seed-ana-debit-fuel', amount: '150.00', merchant: { name: 'Posto Avenida', mcc: '5541', ...SP }, captured: false },
    ],
  },
  {
    key: 'seed-ana-credit',
    accountId,
    kind: 'CREDIT',
    nickname: 'Compras',
    creditLimit: '2500.00',
    purchases: [
      { key: 'seed-ana-credit-tv', amount: '899.70', merchant: { name: 'Magazine Centro', mcc: '5311', ...SP }, captured: true, installments: 3 },
      { key: 'seed-ana-credit-ride', amount: '23.50', merchant: { name: 'Corrida 99', mcc: '4121', ...SP }, captured: true },
      { key: 'seed-ana-credit-snack', amount: '41.00', merchant: { name: 'Lanchonete Esquina', mcc: '5814', ...SP }, captured: true },
    ],
  },
];

/** Padaria Lima's debit card: supplies and fuel for deliveries. */
export const padariaCards = (accountId: string): readonly SeedCard[] => [
  {
    key: 'seed-padaria-debit',
    accountId,
    kind: 'DEBIT',
    nickname: 'Compras da padaria',
    purchases: [
      { key: 'seed-padaria-debit-supplies', amount: '1250.00', merchant: { name: 'Atacadão Farinhas', mcc: '5411', ...SP }, captured: true },
      { key: 'seed-padaria-debit-fuel', amount: '220.00', merchant: { name: 'Posto Avenida', mcc: '5541', ...SP }, captured: true },
    ],
  },
];

interface CardView {
  readonly id: string;
  readonly last4: string;
  readonly transactions: { readonly edges: readonly unknown[] };
}

export async function seedCards(run: Run, cards: readonly SeedCard[], log: Log): Promise<void> {
  for (const card of cards) {
    const { issueCard } = await run<{ issueCard: { card: CardView } }>(
      `mutation SeedCard($input: IssueCardInput!, $key: String!) {
        issueCard(input: $input, idempotencyKey: $key) { card { id last4 transactions(first: 1) { edges { cursor } } } }
      }`,
      {
        input: {
          accountId: card.accountId,
          kind: card.kind,
          form: 'VIRTUAL',
          nickname: card.nickname,
          ...(card.creditLimit === undefined ? {} : { creditLimit: card.creditLimit }),
        },
        key: card.key,
      },
    );
    if (issueCard.card.transactions.edges.length === 0) await purchases(run, issueCard.card.id, card.purchases);
    log(`${card.kind === 'DEBIT' ? 'debit' : 'credit'} card •••• ${issueCard.card.last4} "${card.nickname}": ${card.purchases.length} purchases`);
  }
}

async function purchases(run: Run, cardId: string, wanted: readonly SeedPurchase[]): Promise<void> {
  const { revealCardDetails } = await run<{ revealCardDetails: { details: { number: string; cvv: string; expiry: string } } }>(
    'mutation SeedReveal($cardId: ID!) { revealCardDetails(input: { cardId: $cardId }) { details { number cvv expiry } } }',
    { cardId },
  );
  for (const purchase of wanted) {
    const { simulateCardAuthorization } = await run<{
      simulateCardAuthorization: { authorization: { id: string; status: string; declineReason: string | null } };
    }>(
      `mutation SeedCardPurchase($input: SimulateCardAuthorizationInput!, $key: String!) {
        simulateCardAuthorization(input: $input, idempotencyKey: $key) { authorization { id status declineReason } }
      }`,
      {
        input: { ...revealCardDetails.details, amount: purchase.amount, merchant: purchase.merchant, installments: purchase.installments ?? 1 },
        key: purchase.key,
      },
    );
    const { authorization } = simulateCardAuthorization;
    if (authorization.status !== 'APPROVED') throw new Error(`the seed's purchase ${purchase.key} was declined: ${authorization.declineReason ?? 'no reason'}`);
    if (purchase.captured)
      await run('mutation SeedCardCapture($id: ID!) { simulateCardCapture(input: { authorizationId: $id }) { authorization { id } } }', {
        id: authorization.id,
      });
  }
}
