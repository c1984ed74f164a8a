import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const storage = new AsyncLocalStorage<{ correlationId: string }>();

/** Runs `work` with a correlation id that logs and emitted events pick up on their own. */
export const withCorrelationId = <T>(correlationId: string | undefined, work: () => T): T =>
  storage.run({ correlationId: correlationId ?? randomUUID() }, work);

export const currentCorrelationId = (): string | undefined => storage.getStore()?.correlationId;

export const CORRELATION_HEADER = 'x-correlation-id';
