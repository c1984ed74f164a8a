import type { Clock } from '@bank/kernel';
import type { ClaimRepository, IdGenerator, PolicyRepository, QuoteRepository, TransitionMetrics } from './ports';

/** Everything the use cases need, wired once in service.ts. */
export interface Insurance {
  readonly quotes: QuoteRepository;
  readonly policies: PolicyRepository;
  readonly claims: ClaimRepository;
  readonly ids: IdGenerator;
  readonly clock: Clock;
  readonly metrics: TransitionMetrics;
}
