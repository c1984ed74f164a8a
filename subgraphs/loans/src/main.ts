import './instrument';
import { loadConfigOrExit } from '@bank/platform';
import { shutdownOnSignals } from '@bank/graphql';
import { loansEnv } from './config';
import { startLoansService } from './service';

startLoansService(loadConfigOrExit(loansEnv)).then(
  (service) => shutdownOnSignals(service.server, service.logger),
  (error: unknown) => {
    process.stderr.write(`loans failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
