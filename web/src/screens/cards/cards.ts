/** What the cards screen works out in the browser: how a card's number and expiry read, its words, the chart's data. */
import type {
  CardClearingStatus,
  CardDeclineReason,
  CardInvoiceStatus,
  CardKind,
  CardStatus,
  SpendingCategory,
} from '../../../../schema/operations/generated/graphql';
import { parseAmount } from '../../lib/parse';

/** "03/31": the month and the year's last two digits, as printed on the card. */
export const formatExpiry = (month: number, year: number): string => `${String(month).padStart(2, '0')}/${String(year % 100).padStart(2, '0')}`;

/** "•••• 1234": all a screen shows of a number it has not revealed. */
export const maskedNumber = (last4: string): string => `•••• ${last4}`;

/** "5399 8412 3456 7890": a revealed number in groups of four. */
export const groupedNumber = (number: string): string => number.replace(/\D/g, '').replace(/(\d{4})(?=\d)/g, '$1 ');

/** The month a spending report covers by default: this one, in UTC as the API counts it ("2026-03"). */
export const monthOf = (now: Date): string => now.toISOString().slice(0, 7);

export const CARD_KIND: Record<CardKind, string> = { DEBIT: 'Débito', CREDIT: 'Crédito' };

export const CARD_STATUS: Record<CardStatus, string> = { ACTIVE: 'Ativo', BLOCKED: 'Bloqueado', CANCELLED: 'Cancelado' };

export const DECLINE_REASON: Record<CardDeclineReason, string> = {
  INVALID_CARD: 'cartão inválido',
  CARD_CANCELLED: 'cartão cancelado',
  EXPIRED_CARD: 'cartão vencido',
  CVV_MISMATCH: 'código de segurança incorreto',
  CARD_BLOCKED: 'cartão bloqueado',
  CATEGORY_BLOCKED: 'categoria bloqueada',
  LIMIT_EXCEEDED: 'acima do limite',
  ACCOUNT_BLOCKED: 'conta bloqueada',
  ACCOUNT_CLOSED: 'conta encerrada',
  INSUFFICIENT_FUNDS: 'saldo insuficiente',
};

export const CLEARING: Record<CardClearingStatus, string> = {
  AUTHORIZED: 'Pendente',
  CAPTURED: 'Confirmada',
  REVERSED: 'Cancelada pela loja',
  EXPIRED: 'Expirada',
};

export const INVOICE_STATUS: Record<CardInvoiceStatus, string> = { OPEN: 'Aberta', CLOSED: 'Fechada', PAID: 'Paga', OVERDUE: 'Vencida' };

export const CATEGORY: Record<SpendingCategory, string> = {
  GROCERIES: 'Supermercado',
  RESTAURANTS: 'Restaurantes',
  FUEL: 'Combustível',
  PHARMACY: 'Farmácia',
  TRANSPORT: 'Transporte',
  SHOPPING: 'Compras',
  CASH_WITHDRAWAL: 'Saques',
  GAMBLING: 'Apostas',
  MONEY_TRANSFER: 'Transferências',
  OTHER: 'Outros',
};

/** How an authorization reads in the list: "Aprovada · Pendente", "Recusada: cartão bloqueado". */
export function authorizationStatus(node: {
  readonly status: 'APPROVED' | 'DECLINED';
  readonly declineReason?: CardDeclineReason | null;
  readonly clearing?: CardClearingStatus | null;
}): string {
  if (node.status === 'DECLINED') return node.declineReason ? `Recusada: ${DECLINE_REASON[node.declineReason]}` : 'Recusada';
  return node.clearing ? `Aprovada · ${CLEARING[node.clearing]}` : 'Aprovada';
}

export interface CategoryBar {
  readonly category: string;
  /** Reais, for the chart's scale only: labels come from `label`. */
  readonly total: number;
  readonly label: string;
  readonly count: number;
}

/**
 * The spending report as the chart draws it: one bar per category, largest first, in Portuguese.
 * Totals are decimal strings; a bar's length may be a float, its label is the exact amount.
 */
export function spendingBars(
  categories: readonly { readonly category: SpendingCategory; readonly total: string; readonly count: number }[],
  format: (amount: string) => string,
): CategoryBar[] {
  return [...categories]
    .sort((a, b) => Number(b.total) - Number(a.total))
    .map(({ category, total, count }) => ({ category: CATEGORY[category], total: Number(total), label: format(total), count }));
}

export interface LimitsText {
  readonly perTransaction: string;
  readonly daily: string;
  readonly monthly: string;
}

export type LimitsInput = { readonly perTransaction: string | null; readonly daily: string | null; readonly monthly: string | null };

/**
 * The limits form as the API takes it: an empty field is no limit; the rest must be amounts in
 * reais. Errors are keyed as the API names the fields ("limits.daily"), so they show in the same place.
 */
export function parseLimits(text: LimitsText): { ok: true; value: LimitsInput } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const value: Record<string, string | null> = {};
  for (const name of ['perTransaction', 'daily', 'monthly'] as const) {
    const raw = text[name].trim();
    if (raw === '') {
      value[name] = null;
      continue;
    }
    const parsed = parseAmount(raw);
    if (parsed.ok) value[name] = parsed.value;
    else errors[`limits.${name}`] = parsed.message;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value as LimitsInput };
}

/** "1234.50" as a form shows it for editing ("1234,50"); no limit as an empty field. */
export const limitText = (amount: string | null | undefined): string => (amount == null ? '' : amount.replace('.', ','));
