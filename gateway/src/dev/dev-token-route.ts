import { RESERVED_PARTY_ID_PREFIX } from '@bank/contracts';
import express, { type Request, type Response, Router } from 'express';
import { z } from 'zod';
import type { IssueDevToken } from '../auth/dev-token';

const DevTokenRequest = z.object({
  sub: z
    .string()
    .min(1)
    .max(100)
    .refine((sub) => !sub.startsWith(RESERVED_PARTY_ID_PREFIX), 'is reserved for the bank itself'),
  name: z.string().max(200).default(''),
  document: z.string().max(30).default(''),
  roles: z
    .array(z.enum(['customer', 'staff']))
    .min(1)
    .default(['customer']),
});

/**
 * `POST /dev/token` with `{ sub, name, document, roles }` answers `{ token }`: a development token
 * without a terminal, for the explorers' form and `npm run seed`. Mounted only outside production.
 */
export function devTokenRoute(issueToken: IssueDevToken): Router {
  const router = Router();
  router.post('/dev/token', express.json({ limit: '4kb' }), (req: Request, res: Response) => {
    const parsed = DevTokenRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      const message = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'} ${issue.message}`).join('; ');
      res.status(400).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    res.json({ token: issueToken(parsed.data) });
  });
  return router;
}
