import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Router, type Response } from 'express';
import type { ExplorerStateSource } from './explorer-state';
import { ASSETS_PATH, renderExplorerPage } from './page';

/** Our browser scripts, read from the source tree (also when the gateway runs from dist/). */
const BROWSER_DIR = resolve(__dirname, '../../src/explorer/browser');
const ours = (file: string) => readFileSync(resolve(BROWSER_DIR, file), 'utf8');

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** GraphiQL's editor styles itself at run time (inline styles) and builds its schema worker from a blob. */
const CSP = [
  `default-src 'self'`,
  `script-src 'self'`,
  `style-src 'self' 'unsafe-inline'`,
  `img-src 'self' data:`,
  `font-src 'self' data:`,
  `worker-src 'self' blob:`,
  `connect-src 'self'`,
].join('; ');

/**
 * GET /graphiql: GraphiQL with every asset served by the gateway (no CDN), the same initial state
 * as Sandbox, subscriptions over WebSocket on /graphql. Development only.
 */
export async function graphiqlRoute(state: ExplorerStateSource): Promise<Router> {
  // Some 9 MB of bundled GraphiQL, loaded only where the explorer is served.
  const { css, editorWorkerService, graphqlWorker, js, jsonWorker } = await import('@graphql-yoga/render-graphiql/graphiql');
  const assets: Record<string, readonly [type: string, body: string]> = {
    'graphiql.js': [JS, js],
    'graphiql.css': [CSS, css],
    'editor.worker.js': [JS, editorWorkerService],
    'json.worker.js': [JS, jsonWorker],
    'graphql.worker.js': [JS, graphqlWorker],
    'explorer.css': [CSS, ours('explorer.css')],
    ...Object.fromEntries(
      ['monaco-environment.js', 'graphiql-start.js', 'sandbox-start.js', 'dev-token-form.js'].map((file) => [file, [JS, ours(file)] as const]),
    ),
  };
  const router = Router();
  router.get(`${ASSETS_PATH}/:file`, (req, res: Response, next) => {
    const asset = assets[req.params.file];
    if (asset === undefined) return next();
    res.type(asset[0]).setHeader('Cache-Control', 'no-cache');
    res.send(asset[1]);
  });
  router.get('/graphiql', (_req, res) => {
    const current = state();
    res.type('html').send(
      renderExplorerPage({
        title: 'GraphiQL · Core Digital Banking',
        csp: CSP,
        active: 'graphiql',
        state: current,
        config: {
          endpoint: '/graphql',
          subscriptionsProtocol: 'WS',
          defaultQuery: current.document,
          headers: JSON.stringify(current.headers, null, 2),
          // The headers editor does not reach the WebSocket: subscriptions authenticate with connection_init's payload.
          connectionParams: { authorization: current.headers.Authorization },
          shouldPersistHeaders: false,
          defaultEditorToolsVisibility: 'headers',
          title: 'Core Digital Banking',
        },
        stylesheets: [`${ASSETS_PATH}/graphiql.css`],
        main: '<main id="graphiql" class="explorer"></main>',
        scripts: [`${ASSETS_PATH}/monaco-environment.js`, `${ASSETS_PATH}/graphiql.js`, `${ASSETS_PATH}/graphiql-start.js`],
      }),
    );
  });
  return router;
}
