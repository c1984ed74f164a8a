import './instrument';
import { loadConfigOrExit } from '@bank/platform';
import { shutdownOnSignals } from '@bank/graphql';
import { accountsEnv } from './config';
import { startAccountsService } from './service';

startAccountsService(loadConfigOrExit(accountsEnv)).then(
  (service) => shutdownOnSignals(service.server, service.logger),
  (error: unknown) => {
    process.stderr.write(`accounts failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
