/* global window, document */
// Renders GraphiQL (bundled by @graphql-yoga/render-graphiql, served by the gateway) with the state the gateway rendered.
(function startGraphiQL() {
  const config = JSON.parse(document.getElementById('explorer-config').textContent);
  window.YogaGraphiQL.renderYogaGraphiQL(document.getElementById('graphiql'), config);
})();
