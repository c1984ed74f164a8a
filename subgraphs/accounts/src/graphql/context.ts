import type { RequestContext } from '@bank/graphql';
import type { Accounts } from '../application/context';

export interface AccountsContext extends RequestContext {
  readonly accounts: Accounts;
}
