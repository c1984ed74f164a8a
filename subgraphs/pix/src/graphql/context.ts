import type { RequestContext } from '@bank/graphql';
import type { Pix } from '../application/context';

export interface PixContext extends RequestContext {
  readonly pix: Pix;
}
