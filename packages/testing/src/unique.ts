import { randomBytes } from 'node:crypto';

/** A name no other test run uses: tables, queues, databases and exchanges stay apart. */
export const uniqueName = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
