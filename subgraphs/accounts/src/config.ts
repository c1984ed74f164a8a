import { flag, platformEnv, servicePort, variable, type ConfigOf } from '@bank/platform';
import { z } from 'zod';
import { cardsEnv } from './infrastructure/cards/config';
import { ledgerEnv } from './ledger';

export const accountsEnv = {
  ...platformEnv,
  ...servicePort(4004, 9404),
  ...ledgerEnv,
  ...cardsEnv,
  ACCOUNTS_SANDBOX_ENABLED: {
    ...flag('whether simulateDeposit and the sandbox card network (simulateCard*) work; off in production unless set', true),
    optional: true,
  },
  ACCOUNTS_RECONCILIATION_INTERVAL_MS: variable(z.coerce.number().int().min(1000).max(86_400_000), {
    description: 'how often the ledger is reconciled and ledger_imbalance_cents updated',
    devDefault: '60000',
  }),
} as const;

export type AccountsConfig = ConfigOf<typeof accountsEnv>;
