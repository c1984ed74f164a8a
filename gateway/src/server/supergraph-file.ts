import { readFileSync, watch } from 'node:fs';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from 'pino';

/**
 * Serves the composed supergraph file, no runtime introspection of subgraphs. In development
 * the file is watched and a recomposed supergraph is picked up without a restart.
 */
export function supergraphFromFile(path: string, { watchForChanges, logger }: { watchForChanges: boolean; logger: Logger }): SupergraphSdlHook {
  return async ({ update }) => {
    const supergraphSdl = readFileSync(path, 'utf8');
    if (!watchForChanges) return { supergraphSdl };
    let current = supergraphSdl;
    const watcher = watch(path, () => {
      const next = readFileSync(path, 'utf8');
      if (next === current || next.trim() === '') return;
      current = next;
      update(next);
      logger.info({ path }, 'supergraph reloaded');
    });
    return { supergraphSdl, cleanup: async () => watcher.close() };
  };
}
