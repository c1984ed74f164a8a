import type { CloudEvent } from '@bank/messaging';
import { Counter, Gauge, type Registry } from 'prom-client';

export type FailureStage = 'read' | 'publish' | 'mark';

/** The relay's metrics; without a registry they are kept but exposed nowhere. One relay per registry. */
export class RelayMetrics {
  private readonly relayed: Counter;
  private readonly failures: Counter<'stage'>;
  private readonly lag: Gauge;

  constructor(registry: Registry | undefined) {
    const registers = registry === undefined ? [] : [registry];
    this.relayed = new Counter({ name: 'outbox_events_relayed_total', help: 'Events the broker confirmed', registers });
    this.failures = new Counter({
      name: 'outbox_relay_failures_total',
      help: 'Failed outbox operations, by stage (read pending, publish, mark published)',
      labelNames: ['stage'],
      registers,
    });
    this.lag = new Gauge({
      name: 'outbox_pending_lag_seconds',
      help: 'Age of the oldest event the last relay pass found pending (0 when none)',
      registers,
    });
  }

  eventRelayed(): void {
    this.relayed.inc();
  }

  failed(stage: FailureStage): void {
    this.failures.inc({ stage });
  }

  pendingFound(events: readonly CloudEvent[], now: number): void {
    const oldest = Math.min(now, ...events.map((event) => Date.parse(event.time)));
    this.lag.set(Math.max(0, (now - oldest) / 1000));
  }
}
