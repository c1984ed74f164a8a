import { STATUS_CODES } from 'node:http';
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { principalHeaders } from '@bank/identity';
import { CORRELATION_HEADER } from '@bank/observability';
import { GraphQLError } from 'graphql';
import type { Histogram } from 'prom-client';
import { Agent, type Dispatcher } from 'undici';
import type { GatewayContext } from '../context';

export interface SignedDataSourceOptions {
  readonly name: string;
  readonly url: string;
  readonly principalSecret: string;
  readonly timeoutMs: number;
  readonly fetchDuration: Histogram<'subgraph' | 'outcome'>;
  /** The pool of keep-alive connections every subgraph request goes through. */
  readonly connections: Dispatcher;
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** Keep-alive connections to the subgraphs, shared by every request; closed with the gateway. */
export const subgraphConnections = (): Agent => new Agent({ connections: 64, keepAliveTimeout: 30_000, pipelining: 1 });

/**
 * A remote subgraph, called over the pooled connections with the caller's principal signed for it
 * (subgraphs trust only that signature), the correlation id, and a timeout, and timed per subgraph.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly options: SignedDataSourceOptions) {
    const { origin, pathname, search } = new URL(options.url);
    super({
      url: options.url,
      fetcher: (url, init) => post(options.connections, { origin, path: pathname + search, url }, init, options.timeoutMs),
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!('principal' in context) || context.principal === undefined) return;
    const operation = {
      method: request.http?.method ?? 'POST',
      operationName: request.operationName ?? null,
      query: request.query ?? '',
      variables: request.variables,
    };
    const headers = principalHeaders(context.principal, this.options.principalSecret, operation);
    for (const [name, value] of Object.entries(headers)) request.http?.headers.set(name, value);
    request.http?.headers.set(CORRELATION_HEADER, context.correlationId);
  }

  /**
   * A subgraph that refuses a request as a whole (HTTP 400: a malformed variable, a bad literal)
   * says why in GraphQL errors: pass its first one on with its code and field, naming the subgraph,
   * instead of Apollo's "400: Bad Request" that formatError would mask.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const fallback = await super.errorFromResponse(response);
    const body = fallback.extensions.response as { body?: { errors?: { message?: unknown; extensions?: { code?: unknown; field?: unknown } }[] } } | undefined;
    const [first] = body?.body?.errors ?? [];
    if (typeof first?.message !== 'string' || typeof first.extensions?.code !== 'string') return fallback;
    const { code, field } = first.extensions;
    return new GraphQLError(first.message, { extensions: { code, ...(typeof field === 'string' ? { field } : {}), serviceName: this.options.name } });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const stop = this.options.fetchDuration.startTimer({ subgraph: this.options.name });
    try {
      const response = await super.process(options);
      stop({ outcome: response.errors ? 'errors' : 'ok' });
      return response;
    } catch (error) {
      stop({ outcome: 'failed' });
      if (error instanceof GraphQLError) throw error;
      // Down, refused, timed out: say which subgraph, not where it lives.
      throw new GraphQLError(`The ${this.options.name} service could not answer; try again shortly`, {
        originalError: error as Error,
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.options.name },
      });
    }
  }
}

/**
 * The request over undici's own API rather than its fetch, whose WHATWG streams and objects cost more
 * CPU than the rest of a subgraph call: the answer is read whole and handed over as the few parts of a
 * fetch response RemoteGraphQLDataSource reads. The timeout covers the whole exchange, body included.
 */
async function post(
  connections: Dispatcher,
  target: { readonly origin: string; readonly path: string; readonly url: string },
  init: Parameters<Fetcher>[1],
  timeoutMs: number,
): Promise<FetcherResponse> {
  const answer = await connections.request({
    origin: target.origin,
    path: target.path,
    method: 'POST',
    headers: init?.headers,
    body: init?.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await answer.body.text();
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) for (const one of [value ?? []].flat()) headers.append(name, one);
  const response: FetcherResponse = {
    bodyUsed: true,
    url: target.url,
    redirected: false,
    status: answer.statusCode,
    ok: answer.statusCode >= 200 && answer.statusCode < 300,
    statusText: STATUS_CODES[answer.statusCode] ?? '',
    headers,
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
    arrayBuffer: async () => new TextEncoder().encode(text).buffer,
    clone: () => response,
  };
  return response;
}
