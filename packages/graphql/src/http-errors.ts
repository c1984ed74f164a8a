import type { ClientErrorCode } from '@bank/kernel';
import type { NextFunction, Request, Response } from 'express';

/** A coded JSON error body, as GraphQL clients expect, for what fails before GraphQL runs. */
export const sendError = (res: Response, status: number, code: ClientErrorCode, message: string): void =>
  void res.status(status).json({ errors: [{ message, extensions: { code } }] });

/** `/graphql` on a subgraph answers POST only: a GET's `?query=` would run outside what the gateway signed. */
export function onlyPost(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST') return next();
  res.setHeader('allow', 'POST');
  sendError(res, 405, 'METHOD_NOT_ALLOWED', 'Only POST is accepted here');
}

interface BodyParserError {
  readonly type?: string;
  readonly status?: number;
  readonly message?: string;
}

const BODY_ERRORS: Readonly<Record<string, { status: number; code: ClientErrorCode; message: string }>> = {
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'Request body too large' },
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: 'Request body is not valid JSON' },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Request body must be UTF-8' },
  'encoding.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Unsupported Content-Encoding' },
};

/**
 * Body errors (too large, not JSON, another charset, a broken gzip stream) answered as coded JSON
 * 4xx, never express's HTML page or a 500.
 */
export function bodyErrors(error: BodyParserError, _req: Request, res: Response, next: NextFunction): void {
  const known = error.type === undefined ? undefined : BODY_ERRORS[error.type];
  if (known) return sendError(res, known.status, known.code, known.message);
  if (typeof error.status === 'number' && error.status >= 400 && error.status < 500)
    return sendError(res, error.status, 'BAD_REQUEST', 'Request body could not be read');
  next(error);
}

/** Anything else on the public port: coded JSON, not express's HTML page. */
export const notFound = (_req: Request, res: Response): void => sendError(res, 404, 'NOT_FOUND', 'No such route');
