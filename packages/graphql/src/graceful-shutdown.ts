import type { NextFunction, Request, Response } from 'express';
import type { Logger } from 'pino';
import { flushTraces } from '@bank/observability';

/** Once a server stops accepting, how long its requests in flight may take before their connections are cut. */
export const IN_FLIGHT_GRACE_MS = 10_000;

/**
 * Whether a server has begun to shut down. While draining, readiness answers 503 (the load balancer
 * takes the instance out of rotation) and every response asks its client to close the connection, so
 * kept-alive clients reconnect to another instance instead of reusing this one.
 */
export class Drain {
  private draining = false;

  get isDraining(): boolean {
    return this.draining;
  }

  begin(): void {
    this.draining = true;
  }

  /** Express middleware: `Connection: close` on every response once draining. */
  readonly closeConnections = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.draining) res.setHeader('connection', 'close');
    next();
  };

  /** Wraps a readiness handler: 503 `draining` once the shutdown has begun, the handler otherwise. */
  readiness(handler: (req: Request, res: Response) => Promise<void>) {
    return async (req: Request, res: Response): Promise<void> => {
      if (this.draining) return void res.status(503).json({ status: 'draining' });
      await handler(req, res);
    };
  }
}

/** A server that leaves the rotation first, then stops. */
export interface GracefulServer {
  /**
   * Readiness turns 503, then after `drainMs` (the time a load balancer needs to notice) the server
   * stops accepting, finishes the requests and consumer messages in hand, and closes its connections.
   */
  shutdown(): Promise<void>;
}

/** Runs `stop` after readiness has answered 503 for `drainMs`. */
export async function drainThenStop(drain: Drain, drainMs: number, stop: () => Promise<void>): Promise<void> {
  drain.begin();
  await new Promise((resolve) => setTimeout(resolve, drainMs));
  await stop();
}

/** Shuts the server down gracefully on SIGTERM or SIGINT (Kubernetes, Ctrl-C), then exits. */
export function shutdownOnSignals(server: GracefulServer, logger: Logger): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining, then shutting down');
    server.shutdown().then(
      async () => {
        logger.info('shut down');
        await flushTraces();
        process.exit(0);
      },
      async (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        await flushTraces();
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
