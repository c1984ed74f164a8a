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
/** Up to four folders up: a layer's files nest (infrastructure/postgres/migrations/…), and so do modules. */
const ups = ['../', '../../', '../../../', '../../../../'];
const below = (folder) => ups.flatMap((up) => [`${up}${folder}`, `${up}${folder}/**`]);
const compositionRoot = ups.flatMap((up) => ['service', 'main', 'config'].map((file) => `${up}${file}`));
/**
 * Modules inside a subgraph, each a hexagon of its own (domain, application, infrastructure) below the
 * subgraph's: the subgraph's layers reach a module's domain and application, only adapters its adapters,
 * and none its barrel or wiring, which bring its adapters along.
 */
const modules = [{ path: 'subgraphs/accounts/src/ledger', name: 'ledger', wiring: ['connect-ledger'] }];
/** A module's barrel and wiring, exactly: a gitignore-style pattern for `../ledger` would also match `../ledger/domain`. */
const moduleWiring = `^(\\.\\./)+(${modules.map(({ name, wiring }) => [`${name}(/index)?`, ...wiring.flatMap((file) => [`${name}/${file}`, file])].join('|')).join('|')})$`;
const moduleLayer = (folder) => modules.flatMap(({ name }) => ups.flatMap((up) => [`${up}${name}/${folder}`, `${up}${name}/${folder}/**`]));
const moduleAdapters = moduleLayer('infrastructure');

/** One layer of a subgraph's hexagon: what its files may not import, and why. */
const layer = (folder, message, { patterns, paths = [], regex }) => {
  const config = (files, moduleEscape) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths,
          patterns: [
            { group: patterns, message },
            ...(regex === undefined ? [] : [{ regex, message }]),
            ...(moduleEscape === undefined ? [] : [{ group: [moduleEscape], message: 'A module imports nothing of the subgraph around it.' }]),
          ],
        },
      ],
    },
  });
  // A module's file `depth` folders below the module: one `../` more than that leaves the module.
  const depths = [1, 2, 3, 4];
  return [
    config([`subgraphs/*/src/${folder}/**/*.ts`]),
    ...modules.flatMap(({ path }) => depths.map((depth) => config([`${path}/${folder}/${'*/'.repeat(depth - 1)}*.ts`], `${'../'.repeat(depth + 1)}*`))),
  ];
};

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
    ignores: [
      'subgraphs/*/src/{domain,application,graphql,infrastructure,events}/**',
      ...modules.map(({ path }) => `${path}/{domain,application,infrastructure}/**`),
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: otherSubgraphs(name), message: 'A subgraph imports no other subgraph; use @bank/contracts.' }] },
      ],
    },
  })),
  ...layer('domain', 'The domain imports only the kernel (@bank/kernel, and the published @bank/contracts): no I/O, no outer layer.', {
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
      ...moduleAdapters,
      ...moduleLayer('application'),
      ...everySubgraph(),
    ],
    regex: moduleWiring,
  }),
  ...layer(
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
        ...moduleAdapters,
        ...everySubgraph(),
      ],
      regex: moduleWiring,
      paths: [
        {
          name: '@bank/messaging',
          allowImportNames: ['IdempotencyStore', 'withIdempotency', 'idempotentObject', 'IdempotentRequest', 'IdempotencyOptions'],
          message: 'The application takes only the idempotency port and helper from @bank/messaging.',
        },
      ],
    },
  ),
  ...layer('graphql', 'GraphQL resolvers go through the application; they never reach an adapter.', {
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
      ...moduleAdapters,
      ...everySubgraph(),
    ],
    regex: moduleWiring,
  }),
  ...layer('infrastructure', 'Adapters implement the application ports; they know nothing of GraphQL or the consumers.', {
    patterns: ['@apollo/*', 'graphql', '@bank/graphql', ...below('graphql'), ...below('events'), ...compositionRoot, ...everySubgraph()],
  }),
  ...layer('events', 'Consumers go through the application; they never reach an adapter or the GraphQL layer.', {
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
      ...moduleAdapters,
      ...everySubgraph(),
    ],
    regex: moduleWiring,
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
