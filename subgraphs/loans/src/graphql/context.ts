import type { RequestContext } from '@bank/graphql';
import type { Loans } from '../application/context';

export interface LoansContext extends RequestContext {
  readonly loans: Loans;
}
