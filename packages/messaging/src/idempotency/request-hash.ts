import { createHash } from 'node:crypto';
import { configure } from 'safe-stable-stringify';

/** JSON with keys sorted at every depth; refuses what JSON cannot carry instead of silently dropping it. */
const canonicalJson = configure({ deterministic: true, strict: true, circularValue: TypeError });

/** SHA-256 (hex) of the input's canonical JSON: equal for equal inputs whatever their key order. */
export const requestHash = (input: unknown): string =>
  createHash('sha256')
    .update(canonicalJson(input) ?? 'null')
    .digest('hex');
