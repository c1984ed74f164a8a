/** Chart data from API lists: numbers for the axes, the API's Decimal strings for the labels. */

export interface StatementPoint {
  readonly postedAt: string;
  readonly balanceAfter: string;
}

export interface BalancePoint {
  readonly at: number;
  readonly balance: number;
}

/** The balance after each entry, oldest first (statements list newest first). */
export const balanceSeries = (entries: readonly StatementPoint[]): BalancePoint[] =>
  entries.map(({ postedAt, balanceAfter }) => ({ at: Date.parse(postedAt), balance: Number(balanceAfter) })).sort((a, b) => a.at - b.at);

export interface ScheduleRow {
  readonly number: number;
  readonly interest: string;
  readonly amortization: string;
  readonly balance: string;
}

export interface AmortizationPoint {
  readonly number: number;
  readonly interest: number;
  readonly amortization: number;
  readonly balance: number;
}

export const amortizationSeries = (rows: readonly ScheduleRow[]): AmortizationPoint[] =>
  rows.map(({ number, interest, amortization, balance }) => ({
    number,
    interest: Number(interest),
    amortization: Number(amortization),
    balance: Number(balance),
  }));
