export { testEndpoints } from './endpoints';
export { uniqueName } from './unique';
export { eventually } from './eventually';
export { customer, subgraphClient, type GraphQLResult } from './graphql-client';
export { serviceTestEnv, TEST_EVENT_KEYS, TEST_PRINCIPAL_SECRET, testEventTrust } from './service-env';
export { startBroker, stopBroker } from './broker';
