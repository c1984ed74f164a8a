import type { DevTokenClaims } from '../auth/dev-token';

/**
 * The two customers `npm run seed` gives a story to; the explorers' token form offers them.
 * Ana is a person (CPF), Padaria Lima a company (CNPJ), so between them they hold every kind of Pix key.
 */
export const DEMO_CUSTOMERS = {
  ana: { sub: 'demo-ana', roles: ['customer'], name: 'Ana Souza', document: '52998224725' },
  padaria: { sub: 'demo-padaria-lima', roles: ['customer'], name: 'Padaria Lima Ltda', document: '45231087000146' },
} as const satisfies Record<string, DevTokenClaims>;

export type DemoCustomer = (typeof DEMO_CUSTOMERS)[keyof typeof DEMO_CUSTOMERS];
