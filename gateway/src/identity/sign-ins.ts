import type { Logger } from 'pino';
import type { VerifyToken } from '../auth/jwt-verifier';
import { recordSignIn, type SignedInIdentities } from './application/customers';

/**
 * Verifies tokens as `verifyToken` does, and keeps the identity every customer token carries (HTTP
 * and subscriptions alike). A store that does not answer costs the back office a stale name, never
 * the customer their request.
 */
export const recordingSignIns =
  (verifyToken: VerifyToken, identities: SignedInIdentities, logger: Logger): VerifyToken =>
  async (token) => {
    const verified = await verifyToken(token);
    await recordSignIn(identities, verified.principal).catch((error: unknown) =>
      logger.warn({ err: error }, 'the identity a customer signed in with was not recorded'),
    );
    return verified;
  };
