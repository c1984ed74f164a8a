/** The spending categories of a report, mapped from the merchant category code (ISO 18245). */
export const SPENDING_CATEGORIES = [
  'GROCERIES',
  'RESTAURANTS',
  'FUEL',
  'PHARMACY',
  'TRANSPORT',
  'SHOPPING',
  'CASH_WITHDRAWAL',
  'GAMBLING',
  'MONEY_TRANSFER',
  'OTHER',
] as const;
export type SpendingCategory = (typeof SPENDING_CATEGORIES)[number];

const BY_MCC: Readonly<Record<string, SpendingCategory>> = {
  '5411': 'GROCERIES',
  '5812': 'RESTAURANTS',
  '5814': 'RESTAURANTS',
  '5541': 'FUEL',
  '5912': 'PHARMACY',
  '4121': 'TRANSPORT',
  '5311': 'SHOPPING',
  '6011': 'CASH_WITHDRAWAL',
  '7995': 'GAMBLING',
  '4829': 'MONEY_TRANSFER',
};

export const categoryOf = (mcc: string): SpendingCategory => BY_MCC[mcc] ?? 'OTHER';
