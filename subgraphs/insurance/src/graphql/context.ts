import type { RequestContext } from '@bank/graphql';
import type { Insurance } from '../application/context';

export interface InsuranceContext extends RequestContext {
  readonly insurance: Insurance;
}
