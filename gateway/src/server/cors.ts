import type { NextFunction, Request, Response } from 'express';

/** How long a browser may reuse a preflight answer (Chromium caps it at two hours). */
export const PREFLIGHT_MAX_AGE_SECONDS = 7200;

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** What a GraphQL client sends: JSON bodies, the token, Apollo's CSRF-prevention and client headers, our correlation id. */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-correlation-id',
];

/**
 * CORS for the listed origins only, without credentials (tokens travel in the Authorization header,
 * never in cookies). A request from any other origin gets no Access-Control-* header at all, so the
 * browser refuses it; its preflight is answered 403.
 */
export function corsPolicy(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (req: Request, res: Response, next: NextFunction): void => {
    res.vary('Origin');
    const origin = req.header('origin');
    const preflight = req.method === 'OPTIONS' && req.header('access-control-request-method') !== undefined;
    if (origin === undefined || !allowed.has(origin)) {
      if (preflight) res.status(403).end();
      else next();
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    if (!preflight) return next();
    res.setHeader('Access-Control-Allow-Methods', ALLOWED_METHODS);
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS.join(', '));
    res.setHeader('Access-Control-Max-Age', String(PREFLIGHT_MAX_AGE_SECONDS));
    res.status(204).end();
  };
}

/** http://localhost:PORT and http://127.0.0.1:PORT: the gateway's own pages (the explorers) as a browser sees them. */
export const ownOrigins = (port: number): readonly string[] => [`http://localhost:${port}`, `http://127.0.0.1:${port}`];
