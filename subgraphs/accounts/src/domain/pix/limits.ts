import { AppError, BRASILIA_UTC_OFFSET_MINUTES, BusinessDate, Money } from '@bank/kernel';

/** The Pix limits of BCB Resolution 142/2021: per transaction, per day, per night (20:00–06:00 Brasília). */
export const PIX_LIMIT_KINDS = ['perTransaction', 'daily', 'nightly'] as const;
export type PixLimitKind = (typeof PIX_LIMIT_KINDS)[number];

/** One limit: what applies, and a raise the customer asked for that applies only from `effectiveAt`. */
export interface PixLimit {
  readonly value: Money;
  readonly raise: { readonly to: Money; readonly effectiveAt: Date } | null;
}

export type PixLimits = Readonly<Record<PixLimitKind, PixLimit>>;
export type PixLimitValues = Readonly<Record<PixLimitKind, Money>>;

/** What an account already sent in the periods the limits count: today (Brasília) and, at night, tonight. */
export interface PixUsage {
  readonly today: Money;
  readonly tonight: Money;
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const NIGHT_STARTS_HOUR = 20;
const NIGHT_ENDS_HOUR = 6;

const localHour = (at: Date): number => new Date(at.getTime() + BRASILIA_UTC_OFFSET_MINUTES * 60_000).getUTCHours();

/** Midnight in Brasília of the day `at` falls in. */
export const startOfBrasiliaDay = (at: Date): Date => BusinessDate.fromInstant(at).startsAt();

export const isNight = (at: Date): boolean => {
  const hour = localHour(at);
  return hour >= NIGHT_STARTS_HOUR || hour < NIGHT_ENDS_HOUR;
};

/** When the night `at` falls in began (20:00 Brasília); null by day. */
export function startOfNight(at: Date): Date | null {
  if (!isNight(at)) return null;
  const day = startOfBrasiliaDay(at).getTime();
  const evening = localHour(at) >= NIGHT_STARTS_HOUR ? day : day - DAY_MS;
  return new Date(evening + NIGHT_STARTS_HOUR * HOUR_MS);
}

/** The limit that applies at `at`: the raise once it is due. */
export const effectiveLimit = (limit: PixLimit, at: Date): Money => (limit.raise !== null && limit.raise.effectiveAt <= at ? limit.raise.to : limit.value);

export const effectiveLimits = (limits: PixLimits, at: Date): PixLimitValues => ({
  perTransaction: effectiveLimit(limits.perTransaction, at),
  daily: effectiveLimit(limits.daily, at),
  nightly: effectiveLimit(limits.nightly, at),
});

export const defaultLimits = (values: PixLimitValues): PixLimits => ({
  perTransaction: { value: values.perTransaction, raise: null },
  daily: { value: values.daily, raise: null },
  nightly: { value: values.nightly, raise: null },
});

/**
 * The customer asks for new limits at `at`: a lower (or equal) one applies at once and drops any raise
 * waiting; a higher one applies after `raiseDelayMs` (until then the limit in force stays).
 */
export function changeLimits(limits: PixLimits, asked: Partial<PixLimitValues>, at: Date, raiseDelayMs: number): PixLimits {
  const change = (kind: PixLimitKind): PixLimit => {
    const wanted = asked[kind];
    const current = limits[kind];
    if (wanted === undefined) return current;
    const inForce = effectiveLimit(current, at);
    if (!wanted.greaterThan(inForce)) return { value: wanted, raise: null };
    return { value: inForce, raise: { to: wanted, effectiveAt: new Date(at.getTime() + raiseDelayMs) } };
  };
  return { perTransaction: change('perTransaction'), daily: change('daily'), nightly: change('nightly') };
}

const limitExceeded = (message: string): AppError => new AppError('UNPROCESSABLE', message, { reason: 'LIMIT_EXCEEDED' });

/** Refuses, with UNPROCESSABLE / LIMIT_EXCEEDED, a Pix of `amount` at `at` that would pass a limit. */
export function assertWithinLimits(limits: PixLimits, usage: PixUsage, amount: Money, at: Date): void {
  const { perTransaction, daily, nightly } = effectiveLimits(limits, at);
  if (amount.greaterThan(perTransaction)) throw limitExceeded(`A Pix may be of at most R$ ${perTransaction.toString()}`);
  if (usage.today.add(amount).greaterThan(daily)) {
    throw limitExceeded(`This Pix would pass the daily limit of R$ ${daily.toString()} (R$ ${usage.today.toString()} sent today)`);
  }
  if (isNight(at) && usage.tonight.add(amount).greaterThan(nightly)) {
    throw limitExceeded(`This Pix would pass the night limit (20:00–06:00) of R$ ${nightly.toString()} (R$ ${usage.tonight.toString()} sent tonight)`);
  }
}
