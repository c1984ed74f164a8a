import { dynamoDbEnv, platformEnv, servicePort, type ConfigOf } from '@bank/config';

export const insuranceEnv = {
  ...platformEnv,
  ...servicePort(4003),
  ...dynamoDbEnv('insurance'),
} as const;

export type InsuranceConfig = ConfigOf<typeof insuranceEnv>;
