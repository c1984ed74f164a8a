import type { DevTokenClaims } from '../auth/dev-token';

/** One customer's view of the public API: operations run with their token. */
export type Run = <Data>(query: string, variables?: Record<string, unknown>) => Promise<Data>;

export interface SeedClient {
  /** A development token from the gateway's POST /dev/token (development only). */
  token(claims: DevTokenClaims): Promise<string>;
  as(token: string): Run;
}

/** The gateway's public HTTP API, as a frontend calls it; any GraphQL error stops the seed with its code. */
export function seedClient(gatewayOrigin: string): SeedClient {
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${gatewayOrigin}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (response.status === 404 && path === '/dev/token')
      throw new Error(`${gatewayOrigin} mints no development token: is it running with NODE_ENV=development and JWT_SECRET?`);
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[]; token?: string },
    };
  };
  return {
    token: async (claims) => {
      const { status, body } = await post('/dev/token', claims);
      if (status !== 200 || body.token === undefined) throw new Error(`POST /dev/token answered ${status}: ${JSON.stringify(body)}`);
      return body.token;
    },
    as: (token) => async (query, variables) => {
      const { body } = await post('/graphql', { query, variables }, { authorization: `Bearer ${token}` });
      if (body.errors?.length)
        throw new Error(
          `${query.trim().split(/[({]/)[0]}: ${body.errors.map(({ message, extensions }) => `${message} (${extensions?.code ?? 'no code'})`).join('; ')}`,
        );
      if (body.data == null) throw new Error(`${query.trim().split(/[({]/)[0]}: no data in ${JSON.stringify(body)}`);
      return body.data as never;
    },
  };
}

/**
 * Polls until `read` gives a value `done` accepts: the story waits for what events settle
 * asynchronously. A read that fails counts as not yet (a charge another subgraph has asked Pix for
 * may not be readable until Pix created it).
 */
export async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let last: string;
    try {
      const value = await read();
      if (done(value)) return value;
      last = JSON.stringify(value);
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; last seen: ${last}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
