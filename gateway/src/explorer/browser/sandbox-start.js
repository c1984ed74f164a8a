/* global window, document */
// Starts Apollo Sandbox (loaded from Apollo's CDN just before) with the state the gateway rendered.
(function startSandbox() {
  const config = JSON.parse(document.getElementById('explorer-config').textContent);
  if (typeof window.EmbeddedSandbox !== 'function') {
    document.getElementById('sandbox-offline').hidden = false;
    return;
  }
  const endpoint = `${window.location.origin}/graphql`;
  new window.EmbeddedSandbox({
    target: '#sandbox',
    initialEndpoint: endpoint,
    initialSubscriptionEndpoint: endpoint.replace(/^http/, 'ws'),
    initialState: { document: config.document, headers: config.headers, includeCookies: false },
    endpointIsEditable: false,
    runTelemetry: false,
    // The page's CSP allows no injected <style>; explorer.css sizes the iframe.
    allowDynamicStyles: false,
  });
})();
