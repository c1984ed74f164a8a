import type { Money } from '@bank/kernel';

/** IOF on auto insurance premiums, in percent of the net premium. */
export const IOF_RATE_PERCENT = '7.38';

/** The IOF due on a net premium, rounded to cents with NBR 5891. */
export const iofOn = (netPremium: Money): Money => netPremium.percent(IOF_RATE_PERCENT);
