import type { ApolloServerPlugin } from '@apollo/server';
import type { ExplorerStateSource } from './explorer-state';
import { ASSETS_PATH, renderExplorerPage } from './page';

/** Apollo Sandbox is served from Apollo's CDN and runs in an iframe of theirs. */
const SANDBOX_SCRIPT = 'https://embeddable-sandbox.cdn.apollographql.com/_latest/embeddable-sandbox.umd.production.min.js';
const SANDBOX_FRAME = 'https://sandbox.embed.apollographql.com';

const CSP = [
  `default-src 'self'`,
  `script-src 'self' ${new URL(SANDBOX_SCRIPT).origin}`,
  `frame-src ${SANDBOX_FRAME}`,
  `connect-src 'self'`,
  `img-src 'self' data:`,
].join('; ');

/**
 * The landing page of GET /graphql in a browser (development only): Apollo Sandbox with the
 * overview query, the Authorization header of a demo customer and the subscription endpoint set.
 * Offline, Sandbox cannot load; the page says so and links to /graphiql, which needs no network.
 */
export function sandboxLandingPage(state: ExplorerStateSource): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return {
            html: async () => {
              const current = state();
              return renderExplorerPage({
                title: 'Apollo Sandbox · Core Digital Banking',
                csp: CSP,
                active: 'sandbox',
                state: current,
                config: { document: current.document, headers: current.headers },
                main: `<main id="sandbox" class="explorer">
      <p id="sandbox-offline" class="offline" hidden>Apollo Sandbox could not be loaded from Apollo's CDN (offline?). <a href="/graphiql">Open GraphiQL</a>, which the gateway serves itself.</p>
    </main>`,
                scripts: [SANDBOX_SCRIPT, `${ASSETS_PATH}/sandbox-start.js`],
              });
            },
          };
        },
      };
    },
  };
}
