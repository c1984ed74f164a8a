import { Money } from '@bank/kernel';

export const MAX_INSTALLMENTS = 12;

export interface InstallmentOption {
  readonly count: number;
  /** The first installment carries the cents the even split leaves over. */
  readonly firstAmount: Money;
  /** Each installment after the first. */
  readonly amount: Money;
}

/** Splits `total` into `count` installments that add up to it exactly. */
export function splitInstallments(total: Money, count: number): InstallmentOption {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`installment count must be a positive integer: ${count}`);
  const each = total.cents / BigInt(count);
  const remainder = total.cents - each * BigInt(count);
  return { count, firstAmount: Money.fromCents(each + remainder), amount: Money.fromCents(each) };
}

/** Every way to pay `total`, from 1 to MAX_INSTALLMENTS installments, no interest. */
export const installmentOptions = (total: Money): InstallmentOption[] =>
  Array.from({ length: MAX_INSTALLMENTS }, (_, index) => splitInstallments(total, index + 1));
