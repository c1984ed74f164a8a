import { dynamoDbEnv, flag, platformEnv, servicePort, text, variable, type ConfigOf } from '@bank/platform';
import { z } from 'zod';

export const pixEnv = {
  ...platformEnv,
  ...servicePort(4001, 9401),
  ...dynamoDbEnv('pix'),
  PIX_MERCHANT_CITY: text('city written in every BR Code we issue (field 60)', 'SAO PAULO'),
  PIX_SANDBOX_ENABLED: { ...flag('whether simulatePixPayment and pixKeyConfirmationCode work; off in production unless set', true), optional: true },
  PIX_KEY_CODE_TTL_SECONDS: {
    ...variable(z.coerce.number().int().min(60).max(86_400), { description: 'how long the code confirming a phone or e-mail key lasts', devDefault: '600' }),
    optional: true,
  },
  PIX_KEY_CODE_MAX_ATTEMPTS: {
    ...variable(z.coerce.number().int().min(1).max(20), {
      description: 'wrong codes allowed before a key confirmation code is void and must be resent',
      devDefault: '5',
    }),
    optional: true,
  },
  PIX_KEY_CODE_MAX_SENDS: {
    ...variable(z.coerce.number().int().min(1).max(20), {
      description: 'codes sent to one pending phone or e-mail key (the first included); past them it must be registered again',
      devDefault: '5',
    }),
    optional: true,
  },
  PIX_ISPB: variable(z.string().regex(/^\d{8}$/, 'must be 8 digits'), { description: "the bank's ISPB, in end-to-end ids", devDefault: '99999999' }),
  PIX_INSTITUTION_NAME: text('name on charges other subgraphs request', 'Banco Digital S.A.'),
  PIX_INSTITUTION_CNPJ: text("the bank's CNPJ", '11222333000181'),
  PIX_COLLECTION_KEY: text("the bank's key that charges requested by other subgraphs are paid to (EVP)", '7d9f0335-8dcc-4054-9bf9-0dbd61a79e5a'),
  PIX_SETTLEMENT_LATENCY_MS: variable(z.coerce.number().int().min(0).max(60_000), {
    description: 'simulated central-system latency of a transfer',
    devDefault: '200',
  }),
  PIX_SETTLEMENT_FAILURE_RATE: variable(z.coerce.number().min(0).max(1), {
    description: 'share of transfers the simulated central system refuses (0 to 1)',
    devDefault: '0',
  }),
} as const;

export type PixConfig = ConfigOf<typeof pixEnv>;
