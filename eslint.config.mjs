import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Libraries that do I/O: the domain and the application reach them only through ports. */
const ioLibraries = [
  '@aws-sdk/*',
  'mongoose',
  'amqplib',
  'amqp-connection-manager',
  'ioredis',
  'express',
  '@apollo/*',
  'graphql',
  'pg',
  'kysely',
  'prom-client',
  'pino',
];
const subgraphs = ['pix', 'loans', 'insurance', 'accounts'];
const below = (folder) => [`../${folder}`, `../${folder}/**`, `../../${folder}`, `../../${folder}/**`];
const compositionRoot = ['../service', '../main', '../config', '../../service', '../../main', '../../config'];

/** One layer of a subgraph's hexagon: what its files may not import, and why. */
const layer = (folder, message, { patterns, paths = [] }) => ({
  files: [`subgraphs/*/src/${folder}/**/*.ts`],
  rules: { 'no-restricted-imports': ['error', { paths, patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/generated/**', '.infra/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // No subgraph imports another: they talk through @bank/contracts events and entity references.
  ...subgraphs.map((name) => ({
    files: [`subgraphs/${name}/src/**/*.ts`],
    ignores: ['subgraphs/*/src/{domain,application,graphql,infrastructure,events}/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: otherSubgraphs(name), message: 'A subgraph imports no other subgraph; use @bank/contracts.' }] },
      ],
    },
  })),
  layer('domain', 'The domain imports only the kernel (@bank/kernel, and the published @bank/contracts): no I/O, no outer layer.', {
    patterns: [
      ...ioLibraries,
      'node:*',
      'fs',
      'http',
      '@bank/*',
      '!@bank/kernel',
      '!@bank/contracts',
      '!@bank/pix-codes',
      ...below('application'),
      ...below('infrastructure'),
      ...below('graphql'),
      ...below('events'),
      ...compositionRoot,
      ...everySubgraph(),
    ],
  }),
  layer(
    'application',
    'The application imports its domain, its ports and the kernel (kernel, identity, contracts, idempotency ports): adapters come in through ports.',
    {
      patterns: [
        ...ioLibraries,
        '@bank/*',
        '!@bank/kernel',
        '!@bank/identity',
        '!@bank/contracts',
        '!@bank/pix-codes',
        '!@bank/messaging',
        ...below('infrastructure'),
        ...below('graphql'),
        ...below('events'),
        ...compositionRoot,
        ...everySubgraph(),
      ],
      paths: [
        {
          name: '@bank/messaging',
          allowImportNames: ['IdempotencyStore', 'withIdempotency', 'idempotentObject', 'IdempotentRequest', 'IdempotencyOptions'],
          message: 'The application takes only the idempotency port and helper from @bank/messaging.',
        },
      ],
    },
  ),
  layer('graphql', 'GraphQL resolvers go through the application; they never reach an adapter.', {
    patterns: [
      '@aws-sdk/*',
      'mongoose',
      'amqplib',
      'ioredis',
      'pg',
      'kysely',
      '@bank/store-*',
      '@bank/messaging',
      ...below('infrastructure'),
      ...below('events'),
      ...compositionRoot,
      ...everySubgraph(),
    ],
  }),
  layer('infrastructure', 'Adapters implement the application ports; they know nothing of GraphQL or the consumers.', {
    patterns: ['@apollo/*', 'graphql', '@bank/graphql', ...below('graphql'), ...below('events'), ...compositionRoot, ...everySubgraph()],
  }),
  layer('events', 'Consumers go through the application; they never reach an adapter or the GraphQL layer.', {
    patterns: [
      '@aws-sdk/*',
      'mongoose',
      'ioredis',
      'pg',
      'kysely',
      '@bank/store-*',
      ...below('infrastructure'),
      ...below('graphql'),
      ...compositionRoot,
      ...everySubgraph(),
    ],
  }),
);

function otherSubgraphs(name) {
  return subgraphs
    .filter((other) => other !== name)
    .flatMap((other) => [`@bank/${other}`, `**/${other}/src`, `**/${other}/src/**`])
    .concat(['@bank/gateway', '**/gateway/src/**']);
}

/** Reaching into any subgraph's tree from a layer (its own is reached relatively, never through `subgraphs/`). */
function everySubgraph() {
  return [
    '@bank/pix',
    '@bank/loans',
    '@bank/insurance',
    '@bank/gateway',
    '**/subgraphs/**',
    ...subgraphs.flatMap((name) => [`**/${name}/src`, `**/${name}/src/**`]),
    '**/gateway/src/**',
  ];
}
