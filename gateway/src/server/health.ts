import type { Request, Response } from 'express';

export interface SubgraphEndpoint {
  readonly name: string;
  readonly url: string;
}

/** `/health/ready`: the gateway is ready when every remote subgraph answers its liveness probe. */
export function readinessHandler(subgraphs: readonly SubgraphEndpoint[], timeoutMs = 2_000) {
  return async (_req: Request, res: Response): Promise<void> => {
    const checks = await Promise.all(
      subgraphs.map(async ({ name, url }) => {
        const probe = new URL('/health/live', url);
        const ok = await fetch(probe, { signal: AbortSignal.timeout(timeoutMs) }).then((r) => r.ok, () => false);
        return [name, ok ? 'ok' : 'unavailable'] as const;
      }),
    );
    const ready = checks.every(([, status]) => status === 'ok');
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable', subgraphs: Object.fromEntries(checks) });
  };
}
