import { dynamoDbEnv, platformEnv, servicePort, variable, type ConfigOf } from '@bank/config';
import { z } from 'zod';

export const insuranceEnv = {
  ...platformEnv,
  ...servicePort(4003, 9403),
  ...dynamoDbEnv('insurance'),
  INSURANCE_PREMIUM_CHARGE_LEAD_DAYS: variable<number | undefined>(z.coerce.number().int().min(0).max(28), {
    description: 'how many days before a later premium installment falls due its Pix charge is requested (10 when unset)',
    optional: true,
  }),
} as const;

export type InsuranceConfig = ConfigOf<typeof insuranceEnv>;
