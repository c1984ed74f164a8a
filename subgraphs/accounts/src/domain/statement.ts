import type { TransferCode } from '../ledger/domain';

/** What a statement line is, for every flow that posts to a checking account. */
export const STATEMENT_KINDS = [
  'DEPOSIT',
  'WITHDRAWAL',
  'TRANSFER_IN',
  'TRANSFER_OUT',
  'PIX_IN',
  'PIX_OUT',
  'CARD_PURCHASE',
  'CARD_REFUND',
  'LOAN_DISBURSEMENT',
  'LOAN_PAYMENT',
  'INSURANCE_PREMIUM',
  'INSURANCE_PAYOUT',
  'FEE',
  'TAX',
  'ADJUSTMENT',
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

/** A customer account is credit-normal: a credit is money in, a debit money out. */
const KINDS: Record<TransferCode, { readonly in: StatementKind; readonly out: StatementKind }> = {
  deposit: { in: 'DEPOSIT', out: 'ADJUSTMENT' },
  withdrawal: { in: 'ADJUSTMENT', out: 'WITHDRAWAL' },
  transfer: { in: 'TRANSFER_IN', out: 'TRANSFER_OUT' },
  pix: { in: 'PIX_IN', out: 'PIX_OUT' },
  card: { in: 'CARD_REFUND', out: 'CARD_PURCHASE' },
  loan: { in: 'LOAN_DISBURSEMENT', out: 'LOAN_PAYMENT' },
  insurance: { in: 'INSURANCE_PAYOUT', out: 'INSURANCE_PREMIUM' },
  fee: { in: 'ADJUSTMENT', out: 'FEE' },
  tax: { in: 'ADJUSTMENT', out: 'TAX' },
  adjustment: { in: 'ADJUSTMENT', out: 'ADJUSTMENT' },
};

export const statementKindOf = (code: TransferCode, side: 'debit' | 'credit'): StatementKind => KINDS[code][side === 'credit' ? 'in' : 'out'];
