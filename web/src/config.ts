/** Where the public gateway is: `public/config.js` (served beside the app) says, so one build serves any deployment. */
declare global {
  interface Window {
    BANK_CONFIG?: { gatewayUrl?: string };
  }
}

export const GATEWAY_URL = window.BANK_CONFIG?.gatewayUrl ?? 'http://localhost:4000/graphql';
export const SUBSCRIPTIONS_URL = GATEWAY_URL.replace(/^http/, 'ws');
/** Development only: the gateway mints a token for any name and document, as its explorers do. */
export const DEV_TOKEN_URL = new URL('/dev/token', GATEWAY_URL).href;
