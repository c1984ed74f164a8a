/* global self */
// GraphiQL's editor (Monaco) runs its language services in workers; the gateway serves them.
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (_moduleId, label) => `/graphiql/assets/${label === 'json' || label === 'graphql' ? label : 'editor'}.worker.js`,
};
