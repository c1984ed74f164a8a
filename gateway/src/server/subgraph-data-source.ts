import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { principalHeaders } from '@bank/identity';
import { CORRELATION_HEADER } from '@bank/observability';
import { GraphQLError } from 'graphql';
import type { Histogram } from 'prom-client';
import { Agent, fetch, type Dispatcher } from 'undici';
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

/** Keep-alive connections to the subgraphs, shared by every request; closed with the gateway. */
export const subgraphConnections = (): Agent => new Agent({ connections: 64, keepAliveTimeout: 30_000, pipelining: 1 });

/**
 * A remote subgraph, called over the pooled connections with the caller's principal signed for it
 * (subgraphs trust only that signature), the correlation id, and a timeout, and timed per subgraph.
 */
export class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(private readonly options: SignedDataSourceOptions) {
    super({
      url: options.url,
      fetcher: (url, init) =>
        fetch(url, { ...(init as RequestInit), dispatcher: options.connections, signal: AbortSignal.timeout(options.timeoutMs) } as never) as never,
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
