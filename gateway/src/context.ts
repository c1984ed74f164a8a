import type { Principal } from '@bank/graphql';

/** What the gateway knows about a request: who is calling, and the id that ties logs and events together. */
export interface GatewayContext {
  readonly principal: Principal;
  readonly correlationId: string;
  /** The client's address, for rate limits; undefined for operations the gateway runs itself. */
  readonly clientIp?: string;
}
