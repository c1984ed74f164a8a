/** How a client reaches a listener bound to `host` (all interfaces: through loopback). */
export const urlHost = (host: string): string => (host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host);
