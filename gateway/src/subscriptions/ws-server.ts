import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { isAppError, type ClientErrorCode } from '@bank/kernel';
import type { Logger } from '@bank/observability';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate, type ExecutionArgs, type GraphQLSchema, type ValidationRule } from 'graphql';
import { WebSocketServer } from 'ws';
import type { VerifyToken } from '../auth/jwt-verifier';
import { subscribeResolvingAhead } from './resolved-ahead';
import type { SubscriptionContext } from './subscription-schema';

export interface SubscriptionServerOptions {
  readonly httpServer: Server;
  readonly path: string;
  /** The current schema with subscriptions; null while the Pix subgraph is not composed. */
  readonly schema: () => GraphQLSchema | null;
  readonly verifyToken: VerifyToken;
  readonly logger: Logger;
  /** The gateway's operation limits (depth, aliases, cost, tokens), applied to every subscription too. */
  readonly validationRules: readonly ValidationRule[];
  readonly maxMessageBytes: number;
  readonly maxSubscriptionsPerConnection?: number;
  readonly keepAliveMs?: number;
}

interface ConnectionState {
  context?: SubscriptionContext;
  expiry?: NodeJS.Timeout;
  subscriptions: Set<string>;
}

type Extra = { state?: ConnectionState };

const MAX_TIMER_MS = 2_147_483_647;

/** Subscriptions one connection may hold unless configured otherwise. */
export const DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION = 10;

const refuse = (message: string, code: ClientErrorCode): readonly GraphQLError[] => [new GraphQLError(message, { extensions: { code } })];

/**
 * graphql-ws on the gateway's own HTTP server and URL. The JWT comes in `connection_init`
 * (`{ "authorization": "Bearer <token>" }`); the socket closes with 4403 Forbidden when it is
 * missing, invalid, or once it expires. Subscriptions per connection are limited; the server pings
 * to keep connections alive and drop dead ones. The payloads of a subscription's events resolve
 * several at a time and go out in order (subscribeResolvingAhead).
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): { close(): Promise<void> } {
  const { logger, maxSubscriptionsPerConnection = DEFAULT_MAX_SUBSCRIPTIONS_PER_CONNECTION, keepAliveMs = 12_000 } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: options.path, maxPayload: options.maxMessageBytes });
  const cleanup = useServer<Record<string, unknown>, Extra>(
    {
      onConnect: async (ctx) => {
        const state: ConnectionState = { subscriptions: new Set() };
        ctx.extra.state = state;
        const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const token = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] : undefined;
        if (token === undefined) return false;
        try {
          const { principal, expiresAt } = await options.verifyToken(token);
          state.context = { principal, correlationId: randomUUID() };
          // setTimeout fires at once past 2^31-1 ms: a longer-lived token closes the socket after ~24 days instead.
          state.expiry = setTimeout(
            () => ctx.extra.socket.close(CloseCode.Forbidden, 'Token expired'),
            Math.min(MAX_TIMER_MS, Math.max(0, expiresAt.getTime() - Date.now())),
          );
          state.expiry.unref();
          return true;
        } catch (error) {
          if (!isAppError(error)) logger.error({ err: error }, 'token verification failed');
          return false;
        }
      },
      onSubscribe: (ctx, id, payload): ExecutionArgs | readonly GraphQLError[] => {
        const { state } = ctx.extra;
        if (state?.context === undefined) return refuse('Sign in to subscribe', 'UNAUTHENTICATED');
        const schema = options.schema();
        if (schema === null) return refuse('Subscriptions are not available yet', 'UNAVAILABLE');
        if (state.subscriptions.size >= maxSubscriptionsPerConnection) {
          return refuse(`At most ${maxSubscriptionsPerConnection} subscriptions per connection`, 'TOO_MANY_SUBSCRIPTIONS');
        }
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, [...specifiedRules, ...options.validationRules]);
        if (errors.length > 0) return errors;
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return refuse('Only subscriptions are served over WebSocket; send queries and mutations over HTTP', 'BAD_REQUEST');
        }
        state.subscriptions.add(id);
        return {
          schema,
          document,
          variableValues: payload.variables ?? {},
          operationName: payload.operationName ?? null,
          contextValue: state.context,
        };
      },
      subscribe: (args) => subscribeResolvingAhead(args),
      onComplete: (ctx, id) => {
        ctx.extra.state?.subscriptions.delete(id);
      },
      onClose: (ctx) => {
        clearTimeout(ctx.extra.state?.expiry);
      },
    },
    wsServer,
    keepAliveMs,
  );
  return {
    close: async () => {
      await cleanup.dispose();
      await new Promise((resolve) => wsServer.close(resolve));
    },
  };
}
