import { flag, platformEnv, servicePort, text, variable, type ConfigOf } from '@bank/platform';
import { z } from 'zod';
import { cardsEnv } from './infrastructure/cards/config';
import { ledgerEnv } from './ledger';

const reais = z.string().regex(/^\d{1,7}\.\d{2}$/, 'must be an amount in reais with two decimals, e.g. 1000.00');

/** Pix from the accounts (issue 14): default limits per account, how long a raise waits, how long a payment waits for Pix. */
const pixPaymentsEnv = {
  ACCOUNTS_PIX_PER_TRANSACTION_LIMIT: variable(reais, { description: 'default Pix limit per transaction, in reais', devDefault: '5000.00' }),
  ACCOUNTS_PIX_DAILY_LIMIT: variable(reais, { description: 'default Pix limit per day (Brasília), in reais', devDefault: '10000.00' }),
  ACCOUNTS_PIX_NIGHTLY_LIMIT: variable(reais, { description: 'default Pix limit between 20:00 and 06:00 (Brasília), in reais', devDefault: '1000.00' }),
  ACCOUNTS_PIX_LIMIT_RAISE_DELAY_HOURS: variable(z.coerce.number().min(0).max(48), {
    description: 'hours a raised Pix limit waits before it applies (BCB: 24 to 48)',
    devDefault: '24',
  }),
  ACCOUNTS_PIX_OUTCOME_WAIT_MS: variable(z.coerce.number().int().min(0).max(30_000), {
    description: "how long sendPix and payPixCode wait for Pix's answer before returning the payment PENDING (under the gateway's SUBGRAPH_TIMEOUT_MS)",
    devDefault: '3000',
  }),
  PIX_ISPB: variable(z.string().regex(/^\d{8}$/, 'must be 8 digits'), { description: "the bank's ISPB, on Pix receipts", devDefault: '99999999' }),
  PIX_INSTITUTION_NAME: text("the bank's name, on Pix receipts", 'Banco Digital S.A.'),
};

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
  ...pixPaymentsEnv,
} as const;

export type AccountsConfig = ConfigOf<typeof accountsEnv>;
