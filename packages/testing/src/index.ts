export { testEndpoints } from './endpoints';
export { uniqueName } from './unique';
export { withIdempotencyKey } from './idempotency-key';
export { eventually } from './eventually';
export { customer, subgraphClient, type GraphQLResult } from './graphql-client';
export { serviceTestEnv, TEST_EVENT_KEYS, TEST_PRINCIPAL_SECRET, testEventTrust } from './service-env';
export { startBroker, stopBroker } from './broker';
export { ManualClock } from './manual-clock';
export { AccountsDouble } from './accounts-double';
export { PixDouble } from './pix-double';
export { useHarness } from './use-harness';
export {
  startSubgraphHarness,
  type DeadLettered,
  type GraphQLCall,
  type SubgraphHarness,
  type SubgraphHarnessOptions,
  type SubgraphUnderTest,
} from './subgraph-harness';
export { countSetting } from './settings';
export { registerConfirmedPixKey, type CustomerCall, type RegisteredPixKey } from './pix-keys';
