import type { Request, Response } from 'express';

export interface SubgraphEndpoint {
  readonly name: string;
  readonly url: string;
}

/**
 * `/health/ready`: the gateway is ready once it serves its supergraph, whichever subgraphs answer:
 * with one down it still serves the others' data (partial responses), so it reports each subgraph
 * and stays in rotation ("degraded" when some are away).
 */
export function readinessHandler(subgraphs: readonly SubgraphEndpoint[], timeoutMs = 2_000) {
  return async (_req: Request, res: Response): Promise<void> => {
    const checks = await Promise.all(
      subgraphs.map(async ({ name, url }) => {
        const probe = new URL('/health/live', url);
        const ok = await fetch(probe, { signal: AbortSignal.timeout(timeoutMs) }).then(
          (r) => r.ok,
          () => false,
        );
        return [name, ok ? 'ok' : 'unavailable'] as const;
      }),
    );
    const allUp = checks.every(([, status]) => status === 'ok');
    res.status(200).json({ status: allUp ? 'ok' : 'degraded', subgraphs: Object.fromEntries(checks) });
  };
}
