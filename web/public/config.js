// The public gateway this app talks to; a deployment serves its own copy of this file.
window.BANK_CONFIG = { gatewayUrl: 'http://localhost:4000/graphql' };
