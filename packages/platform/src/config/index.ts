export { ConfigError, loadConfig, loadConfigOrExit } from './load';
export { dynamoDbEnv, mongoDbEnv, platformEnv, servicePort } from './platform';
export { flag, optionalUrl, port, secret, text, url, variable } from './variable';
export type { ConfigOf, Spec, Variable } from './variable';
export { describeConfig } from './describe';
