import type { Insertable, Selectable } from 'kysely';
import { Money } from '@bank/kernel';
import type { InvoiceEntry, InvoicePayment } from '../../application/cards/ports';
import type { ApprovedAuthorization, Card, CardAuthorization, DeclineReason, InvoicePeriod, SpendingCategory } from '../../domain/cards';
import { parseAccountId, parseTransferId } from '../../ledger';
import type { CardAuthorizationsTable, CardInvoiceEntriesTable, CardInvoicePaymentsTable, CardsTable } from './schema';

const cents = (money: Money | null): bigint | null => (money === null ? null : money.cents);
const money = (value: bigint | null): Money | null => (value === null ? null : Money.fromCents(value));

/** The card's columns that change (status, limits); the rest is written once. */
export const cardChanges = (card: Card) => ({
  status: card.status,
  status_reason: card.status === 'ACTIVE' ? null : card.reason,
  status_at: card.status === 'ACTIVE' ? null : card.at,
  limit_per_transaction: cents(card.limits.perTransaction),
  limit_daily: cents(card.limits.daily),
  limit_monthly: cents(card.limits.monthly),
  blocked_categories: [...card.limits.blockedCategories],
});

export const toCardRow = (card: Card, encryptedPan: string, panHash: string): Insertable<CardsTable> => ({
  id: card.id,
  customer_id: card.customerId,
  account_id: card.accountId,
  kind: card.kind,
  form: card.form,
  brand: card.brand,
  bin: card.bin,
  last4: card.last4,
  expiry_month: card.expiryMonth,
  expiry_year: card.expiryYear,
  nickname: card.nickname,
  credit_line_id: card.credit?.ledgerAccountId ?? null,
  credit_limit: cents(card.credit?.limit ?? null),
  closing_day: card.credit?.closingDay ?? null,
  replaces: card.replaces,
  issued_at: card.issuedAt,
  pan_encrypted: encryptedPan,
  pan_hash: panHash,
  ...cardChanges(card),
});

export type CardRow = Omit<Selectable<CardsTable>, 'pan_encrypted' | 'pan_hash'>;

export function toCard(row: CardRow): Card {
  const issued = {
    id: row.id,
    customerId: row.customer_id,
    accountId: parseAccountId(row.account_id),
    form: row.form,
    brand: row.brand,
    bin: row.bin,
    last4: row.last4,
    expiryMonth: row.expiry_month,
    expiryYear: row.expiry_year,
    nickname: row.nickname,
    limits: {
      perTransaction: money(row.limit_per_transaction),
      daily: money(row.limit_daily),
      monthly: money(row.limit_monthly),
      blockedCategories: row.blocked_categories as SpendingCategory[],
    },
    issuedAt: row.issued_at,
    replaces: row.replaces,
  };
  const kind =
    row.kind === 'CREDIT'
      ? {
          kind: 'CREDIT' as const,
          credit: {
            ledgerAccountId: parseAccountId(row.credit_line_id),
            limit: Money.fromCents(row.credit_limit ?? 0n),
            closingDay: row.closing_day ?? 1,
          },
        }
      : { kind: 'DEBIT' as const, credit: null };
  const status =
    row.status === 'ACTIVE' ? { status: 'ACTIVE' as const } : { status: row.status, reason: row.status_reason ?? '', at: row.status_at ?? row.issued_at };
  return { ...issued, ...kind, ...status } as Card;
}

export function toAuthorizationRow(authorization: CardAuthorization): Insertable<CardAuthorizationsTable> {
  const common = {
    id: authorization.id,
    card_id: authorization.cardId,
    customer_id: authorization.customerId,
    status: authorization.status,
    amount: authorization.amount.cents,
    merchant_name: authorization.merchant.name,
    mcc: authorization.merchant.mcc,
    merchant_city: authorization.merchant.city,
    merchant_country: authorization.merchant.country,
    installments: authorization.installments,
    decided_at: authorization.decidedAt,
  };
  if (authorization.status === 'DECLINED') return { ...common, decline_reason: authorization.declineReason };
  return { ...common, decline_reason: null, hold_id: authorization.holdId, hold_expires_at: authorization.holdExpiresAt, ...clearingColumns(authorization) };
}

export const clearingColumns = ({ clearing, refunded }: ApprovedAuthorization) => ({
  clearing: clearing.state,
  captured: clearing.state === 'CAPTURED' ? clearing.captured.cents : null,
  cleared_at: clearing.state === 'AUTHORIZED' ? null : clearing.at,
  refunded: refunded.cents,
});

export function toAuthorization(row: Selectable<CardAuthorizationsTable>): CardAuthorization {
  const decided = {
    id: row.id,
    amount: Money.fromCents(row.amount),
    merchant: { name: row.merchant_name, mcc: row.mcc, city: row.merchant_city, country: row.merchant_country },
    installments: row.installments,
    decidedAt: row.decided_at,
  };
  if (row.status === 'DECLINED')
    return { ...decided, status: 'DECLINED', cardId: row.card_id, customerId: row.customer_id, declineReason: row.decline_reason as DeclineReason };
  const at = row.cleared_at ?? row.decided_at;
  return {
    ...decided,
    status: 'APPROVED',
    cardId: row.card_id ?? '',
    customerId: row.customer_id ?? '',
    holdId: parseTransferId(row.hold_id),
    holdExpiresAt: row.hold_expires_at ?? row.decided_at,
    clearing:
      row.clearing === 'CAPTURED'
        ? { state: 'CAPTURED', captured: Money.fromCents(row.captured ?? 0n), at }
        : row.clearing === 'REVERSED'
          ? { state: 'REVERSED', at }
          : { state: 'AUTHORIZED' },
    refunded: Money.fromCents(row.refunded),
  };
}

export const toEntryRow = (entry: InvoiceEntry): Insertable<CardInvoiceEntriesTable> => ({
  id: entry.id,
  line_id: entry.lineId,
  period: entry.period,
  card_id: entry.cardId,
  authorization_id: entry.authorizationId,
  description: entry.description,
  amount: entry.amount.cents,
  installment: entry.installment,
  installments: entry.installments,
  posted_at: entry.postedAt,
});

export const toEntry = (row: Selectable<CardInvoiceEntriesTable>): InvoiceEntry => ({
  id: row.id,
  lineId: parseAccountId(row.line_id),
  period: row.period as InvoicePeriod,
  cardId: row.card_id,
  authorizationId: row.authorization_id,
  description: row.description,
  amount: Money.fromCents(row.amount),
  installment: row.installment,
  installments: row.installments,
  postedAt: row.posted_at,
});

export const toPayment = (row: Selectable<CardInvoicePaymentsTable>): InvoicePayment => ({
  transferId: row.transfer_id,
  lineId: parseAccountId(row.line_id),
  period: row.period as InvoicePeriod,
  amount: Money.fromCents(row.amount),
  paidAt: row.paid_at,
});
