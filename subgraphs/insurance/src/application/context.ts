import type { Clock } from '@bank/kernel';
import type { IdempotencyStore } from '@bank/messaging';
import type { ClaimRepository, IdGenerator, PolicyRepository, QuoteRepository, TransitionMetrics } from './ports';

export interface InsuranceSettings {
  /** How long issueAutoPolicy waits for Pix to report the first premium charge created. */
  readonly premiumChargeWait: { readonly timeoutMs: number; readonly intervalMs: number };
}

/** Everything the use cases need, wired once in service.ts. */
export interface Insurance {
  readonly quotes: QuoteRepository;
  readonly policies: PolicyRepository;
  readonly claims: ClaimRepository;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  readonly idempotency: IdempotencyStore;
  readonly metrics: TransitionMetrics;
  readonly settings: InsuranceSettings;
}
