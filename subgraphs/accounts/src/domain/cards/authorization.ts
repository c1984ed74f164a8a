import { badInput, Money } from '@bank/kernel';
import type { TransferId } from '../../ledger/domain';
import { type Card, isExpired } from './card';
import { categoryOf } from './categories';
import { isValidPan } from './pan';

/**
 * Why an authorization is declined, in the order the issuer checks them: the number (format, Luhn,
 * our BIN, a card we issued), whether the card is dead, the data printed on it (expiry, then CVV),
 * whether the holder paused it, the holder's controls (merchant category, then amount limits), then
 * the account that pays (a debit card's checking account, blocked or closed) and last its money: the
 * limits, the account and the money are checked in the transaction that places the hold.
 */
export const DECLINE_REASONS = [
  'INVALID_CARD',
  'CARD_CANCELLED',
  'EXPIRED_CARD',
  'CVV_MISMATCH',
  'CARD_BLOCKED',
  'CATEGORY_BLOCKED',
  'LIMIT_EXCEEDED',
  'ACCOUNT_BLOCKED',
  'ACCOUNT_CLOSED',
  'INSUFFICIENT_FUNDS',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** ISO 8583 field 39. */
export const RESPONSE_CODES: Readonly<Record<DeclineReason | 'APPROVED', string>> = {
  APPROVED: '00',
  INVALID_CARD: '14',
  CARD_CANCELLED: '14',
  EXPIRED_CARD: '54',
  CVV_MISMATCH: 'N7',
  CARD_BLOCKED: '62',
  CATEGORY_BLOCKED: '57',
  LIMIT_EXCEEDED: '61',
  // A restricted card, as a blocked card is; a closed account's card is no longer a valid number.
  ACCOUNT_BLOCKED: '62',
  ACCOUNT_CLOSED: '14',
  INSUFFICIENT_FUNDS: '51',
};

export interface Merchant {
  readonly name: string;
  /** ISO 18245 merchant category code, 4 digits. */
  readonly mcc: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

/** What the card network sends: the card's data as typed or read, and the purchase. */
export interface AuthorizationRequest {
  readonly number: string;
  readonly expiryMonth: number;
  readonly expiryYear: number;
  readonly cvv: string;
  readonly amount: Money;
  readonly merchant: Merchant;
  /** Parcelado sem juros: 1 for a single payment; more only on credit. */
  readonly installments: number;
}

export const MAX_INSTALLMENTS = 12;

/** What a settled authorization has become; derived "EXPIRED" when its hold's time ran out uncaptured. */
export type Clearing =
  | { readonly state: 'AUTHORIZED' }
  | { readonly state: 'CAPTURED'; readonly captured: Money; readonly at: Date }
  | { readonly state: 'REVERSED'; readonly at: Date };

/** What every answered authorization has. */
export interface Decided {
  readonly id: string;
  readonly amount: Money;
  readonly merchant: Merchant;
  readonly installments: number;
  readonly decidedAt: Date;
}

/** An authorization the issuer answered: approved with a hold on the ledger, or declined for one reason. */
export type CardAuthorization =
  | (Decided & {
      readonly status: 'APPROVED';
      readonly cardId: string;
      readonly customerId: string;
      readonly holdId: TransferId;
      readonly holdExpiresAt: Date;
      readonly clearing: Clearing;
      readonly refunded: Money;
    })
  /** A declined request may name no card of ours (INVALID_CARD). */
  | (Decided & { readonly status: 'DECLINED'; readonly cardId: string | null; readonly customerId: string | null; readonly declineReason: DeclineReason });

export type ApprovedAuthorization = Extract<CardAuthorization, { status: 'APPROVED' }>;

/**
 * The checks that need nothing but the card, in network order; the daily and monthly limits and the
 * funds are checked where they are kept, atomically with the hold. `card` is the card whose number's
 * keyed hash matched, null when none did.
 */
export function screen(request: AuthorizationRequest, card: Card | null, expectedCvv: string | null, bin: string, now: Date): DeclineReason | null {
  if (!isValidPan(request.number) || !request.number.startsWith(bin) || card === null || expectedCvv === null) return 'INVALID_CARD';
  if (card.status === 'CANCELLED') return 'CARD_CANCELLED';
  if (request.expiryMonth !== card.expiryMonth || request.expiryYear !== card.expiryYear || isExpired(card, now)) return 'EXPIRED_CARD';
  if (request.cvv !== expectedCvv) return 'CVV_MISMATCH';
  if (card.status === 'BLOCKED') return 'CARD_BLOCKED';
  if (card.limits.blockedCategories.includes(categoryOf(request.merchant.mcc))) return 'CATEGORY_BLOCKED';
  if (card.limits.perTransaction !== null && request.amount.greaterThan(card.limits.perTransaction)) return 'LIMIT_EXCEEDED';
  return null;
}

/** "MM/YY" as the network sends it. */
export function parseExpiry(input: string): { expiryMonth: number; expiryYear: number } {
  const match = /^(0[1-9]|1[0-2])\/(\d{2})$/.exec(input.trim());
  if (match === null) throw badInput('expiry must be MM/YY', 'expiry');
  return { expiryMonth: Number(match[1]), expiryYear: 2000 + Number(match[2]) };
}

const TEXT = /^[^\p{Cc}\p{Cf}]{1,60}$/u;

export function parseMerchant(input: Merchant): Merchant {
  if (!TEXT.test(input.name.trim())) throw badInput('merchant.name must be 1 to 60 characters', 'merchant.name');
  if (!/^\d{4}$/.test(input.mcc)) throw badInput('merchant.mcc must be 4 digits (ISO 18245)', 'merchant.mcc');
  if (!TEXT.test(input.city.trim())) throw badInput('merchant.city must be 1 to 60 characters', 'merchant.city');
  if (!/^[A-Z]{2}$/.test(input.country)) throw badInput('merchant.country must be an ISO 3166-1 alpha-2 code such as "BR"', 'merchant.country');
  return { name: input.name.trim(), mcc: input.mcc, city: input.city.trim(), country: input.country };
}

export function parseInstallments(input: number | null | undefined): number {
  const installments = input ?? 1;
  if (!Number.isInteger(installments) || installments < 1 || installments > MAX_INSTALLMENTS)
    throw badInput(`installments must be from 1 to ${MAX_INSTALLMENTS}`, 'installments');
  return installments;
}

/** Where the authorization stands now: an uncaptured hold past its time has expired. */
export function clearingStateOf(authorization: ApprovedAuthorization, now: Date): 'AUTHORIZED' | 'CAPTURED' | 'REVERSED' | 'EXPIRED' {
  const { state } = authorization.clearing;
  return state === 'AUTHORIZED' && now.getTime() >= authorization.holdExpiresAt.getTime() ? 'EXPIRED' : state;
}
