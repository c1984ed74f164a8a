export type { BeginResult, ClaimResult, IdempotencyRecord, IdempotencyStore, ProcessedEventStore } from './ports';
export { idempotentObject, withIdempotency, type IdempotencyOptions, type IdempotentRequest } from './with-idempotency';
export { EventInProgressError, oncePerEvent, type OncePerEventOptions } from './once-per-event';
