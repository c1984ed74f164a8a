import { Counter, Histogram, type CounterConfiguration, type HistogramConfiguration, type Registry } from 'prom-client';

export type ConsumeOutcome = 'ack' | 'retry' | 'dead-letter' | 'discarded';

export interface MessagingMetrics {
  readonly published: Counter<'type'>;
  readonly consumed: Counter<'queue' | 'type' | 'outcome'>;
  readonly handlerDuration: Histogram<'queue' | 'type'>;
}

// Several buses may share one registry (tests, or two per process): reuse a metric already registered there.
const counter = <L extends string>(registry: Registry, config: CounterConfiguration<L>): Counter<L> =>
  (registry.getSingleMetric(config.name) as Counter<L> | undefined) ?? new Counter({ ...config, registers: [registry] });

const histogram = <L extends string>(registry: Registry, config: HistogramConfiguration<L>): Histogram<L> =>
  (registry.getSingleMetric(config.name) as Histogram<L> | undefined) ?? new Histogram({ ...config, registers: [registry] });

export const messagingMetrics = (registry: Registry): MessagingMetrics => ({
  published: counter(registry, {
    name: 'messaging_events_published_total',
    help: 'Domain events confirmed by the broker, by type',
    labelNames: ['type'],
  }),
  consumed: counter(registry, {
    name: 'messaging_events_consumed_total',
    help: 'Domain events consumed, by queue, type and outcome (ack, retry, dead-letter, discarded)',
    labelNames: ['queue', 'type', 'outcome'],
  }),
  handlerDuration: histogram(registry, {
    name: 'messaging_handler_duration_seconds',
    help: 'Time an event handler took, by queue and type',
    labelNames: ['queue', 'type'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  }),
});
