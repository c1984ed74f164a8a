import { Router } from 'express';
import type { IssueDevToken } from '../auth/dev-token';
import { devTokenRoute } from '../dev/dev-token-route';
import type { ExplorerStateSource } from '../explorer/explorer-state';
import { graphiqlRoute } from '../explorer/graphiql-route';

/** What only a development gateway serves: the offline explorer at /graphiql and, with HS256 tokens, POST /dev/token. */
export async function developmentRoutes(explorerState: ExplorerStateSource, issueDevToken: IssueDevToken | undefined): Promise<Router> {
  const router = Router();
  router.use(await graphiqlRoute(explorerState));
  if (issueDevToken !== undefined) router.use(devTokenRoute(issueDevToken));
  return router;
}
