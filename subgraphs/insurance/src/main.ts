import './instrument';
import { loadConfigOrExit } from '@bank/platform';
import { shutdownOnSignals } from '@bank/graphql';
import { insuranceEnv } from './config';
import { startInsuranceService } from './service';

startInsuranceService(loadConfigOrExit(insuranceEnv)).then(
  (service) => shutdownOnSignals(service.server, service.logger),
  (error: unknown) => {
    process.stderr.write(`insurance failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
