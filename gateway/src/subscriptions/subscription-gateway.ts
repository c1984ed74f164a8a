import type { ApolloGateway } from '@apollo/gateway';
import type { GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import type { GraphQLSchema } from 'graphql';

/**
 * The Apollo gateway, with its API schema extended by `extend` each time a supergraph loads, so
 * introspection (and Apollo Sandbox) shows the subscriptions the gateway serves over WebSocket.
 * Queries and mutations still run through the gateway's own query planner.
 */
export class SubscriptionAwareGateway implements GatewayInterface {
  private schema: GraphQLSchema | null = null;

  constructor(
    private readonly gateway: ApolloGateway,
    private readonly extend: (apiSchema: GraphQLSchema) => GraphQLSchema | null,
  ) {}

  /** The current API schema with subscriptions, or null when none can be served yet. */
  currentSchema(): GraphQLSchema | null {
    return this.schema;
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback): () => void {
    return this.gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) => {
      this.schema = this.extend(apiSchema);
      callback({ apiSchema: this.schema ?? apiSchema, coreSupergraphSdl });
    });
  }

  load(options: Parameters<GatewayInterface['load']>[0]): ReturnType<GatewayInterface['load']> {
    return this.gateway.load(options);
  }

  stop(): Promise<void> {
    return this.gateway.stop();
  }
}
