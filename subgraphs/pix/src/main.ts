import './instrument';
import { loadConfigOrExit } from '@bank/platform';
import { shutdownOnSignals } from '@bank/graphql';
import { pixEnv } from './config';
import { startPixService } from './service';

startPixService(loadConfigOrExit(pixEnv)).then(
  (service) => shutdownOnSignals(service.server, service.logger),
  (error: unknown) => {
    process.stderr.write(`pix failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
