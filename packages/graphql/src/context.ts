import type { Logger } from 'pino';
import type { Loaders } from './loaders';
import type { Principal } from '@bank/identity';

/** What every resolver receives; a subgraph extends it with its use cases. */
export interface RequestContext {
  readonly principal: Principal;
  readonly correlationId: string;
  readonly loaders: Loaders;
  readonly logger: Logger;
}
