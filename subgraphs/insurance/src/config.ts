import { dynamoDbEnv, platformEnv, servicePort, variable, type ConfigOf } from '@bank/platform';
import { z } from 'zod';

export const insuranceEnv = {
  ...platformEnv,
  ...servicePort(4003, 9403),
  ...dynamoDbEnv('insurance'),
  INSURANCE_PREMIUM_CHARGE_LEAD_DAYS: variable<number | undefined>(z.coerce.number().int().min(0).max(28), {
    description: 'how many days before a later premium installment falls due its Pix charge is requested (10 when unset)',
    optional: true,
  }),
  INSURANCE_PREMIUM_CHARGE_WAIT_MS: variable<number | undefined>(z.coerce.number().int().min(0).max(30_000), {
    description: 'how long issueAutoPolicy waits for Pix to create the first premium charge (2000 when unset; keep it under the gateway SUBGRAPH_TIMEOUT_MS)',
    optional: true,
  }),
  INSURANCE_AUTO_DEBIT_INTERVAL_MS: variable<number | undefined>(z.coerce.number().int().min(1000).max(86_400_000), {
    description: 'how often premium installments due are debited from the accounts of holders who turned the automatic debit on (60000 when unset)',
    optional: true,
  }),
} as const;

export type InsuranceConfig = ConfigOf<typeof insuranceEnv>;
