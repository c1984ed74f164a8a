export { ConfigError, loadConfig, loadConfigOrExit } from './load';
export { dynamoDbEnv, mongoDbEnv, platformEnv, servicePort } from './platform';
export { flag, MIN_PRODUCTION_SECRET_LENGTH, optionalUrl, port, secret, secretMap, text, url, variable } from './variable';
export type { ConfigOf, Spec, Variable } from './variable';
export { describeConfig } from './describe';
