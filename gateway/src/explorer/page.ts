import type { ExplorerState } from './explorer-state';

export const ASSETS_PATH = '/graphiql/assets';

/** JSON for a `<script type="application/json">` block: nothing in it can close the element. */
const jsonForHtml = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ExplorerPage {
  readonly title: string;
  /** Content-Security-Policy of the page; scripts and styles come from the gateway, never inline. */
  readonly csp: string;
  readonly active: 'sandbox' | 'graphiql';
  /** Read by the page's start script from the #explorer-config block. */
  readonly config: unknown;
  readonly state: ExplorerState;
  readonly stylesheets?: readonly string[];
  readonly scripts: readonly string[];
  readonly main: string;
}

/** An explorer page: the development toolbar (switch explorer, mint a demo customer's token), then the explorer. */
export function renderExplorerPage(page: ExplorerPage): string {
  const link = (href: string, label: string, active: boolean) => (active ? `<strong>${label}</strong>` : `<a href="${href}">${label}</a>`);
  const customers = page.state.customers
    .map((customer, index) => `<option value="${index}">${escapeHtml(customer.name)} (${escapeHtml(customer.sub)})</option>`)
    .join('');
  const tokenForm = page.state.tokensAvailable
    ? `<form id="dev-token-form" class="dev-token">
        <label>Token for <select name="customer">${customers}</select></label>
        <button type="submit">Get token</button>
        <input id="dev-token-header" readonly placeholder="Authorization: Bearer …" aria-label="Authorization header" />
      </form>`
    : '<span class="dev-token">Tokens come from the identity provider (JWT_JWKS_URL)</span>';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${page.csp}" />
    <meta name="viewport" content="width=device-width,initial-scale=1" />
    <title>${escapeHtml(page.title)}</title>
    <link rel="stylesheet" href="${ASSETS_PATH}/explorer.css" />
    ${(page.stylesheets ?? []).map((href) => `<link rel="stylesheet" href="${href}" />`).join('\n    ')}
  </head>
  <body>
    <header class="dev-toolbar">
      <span class="dev-title">Core Digital Banking · development</span>
      <nav>${link('/graphql', 'Apollo Sandbox', page.active === 'sandbox')} · ${link('/graphiql', 'GraphiQL (offline)', page.active === 'graphiql')}</nav>
      ${tokenForm}
    </header>
    <script type="application/json" id="explorer-config">${jsonForHtml(page.config)}</script>
    <script type="application/json" id="demo-customers">${jsonForHtml(page.state.customers)}</script>
    ${page.main}
    ${[`${ASSETS_PATH}/dev-token-form.js`, ...page.scripts].map((src) => `<script src="${src}"></script>`).join('\n    ')}
  </body>
</html>`;
}
