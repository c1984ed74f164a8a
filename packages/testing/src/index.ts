export { testEndpoints } from './endpoints';
export { uniqueName } from './unique';
export { eventually } from './eventually';
export { customer, subgraphClient, type GraphQLResult } from './graphql-client';
export { serviceTestEnv, TEST_EVENT_KEYS, TEST_PRINCIPAL_SECRET, testEventTrust } from './service-env';
export { startBroker, stopBroker } from './broker';
export { ManualClock } from './manual-clock';
export { PixDouble } from './pix-double';
export { startSubgraphHarness, type GraphQLCall, type SubgraphHarness, type SubgraphHarnessOptions, type SubgraphUnderTest } from './subgraph-harness';
