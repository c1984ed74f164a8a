import { randomUUID } from 'node:crypto';
import { CORRELATION_HEADER, withCorrelationId, type ServiceMetrics } from '@bank/observability';
import type { NextFunction, Request, Response } from 'express';

const KNOWN_ROUTES = new Set(['/graphql', '/health', '/health/live', '/health/ready']);

/** Times every request by route and status, and runs it under its correlation id (taken from the header or new). */
export const observeHttp =
  (metrics: ServiceMetrics) =>
  (req: Request, res: Response, next: NextFunction): void => {
    const stop = metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      const path = req.originalUrl.split('?')[0] ?? '';
      stop({ route: KNOWN_ROUTES.has(path) ? path : 'other', status: String(res.statusCode) });
    });
    withCorrelationId(req.header(CORRELATION_HEADER) ?? randomUUID(), next);
  };
