import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Logger } from './logger';

export interface MetricOptions<Label extends string> {
  readonly name: string;
  readonly help: string;
  readonly labelNames?: readonly Label[];
}

/**
 * A gauge counted in the store when Prometheus scrapes: a value computed on read stays right across restarts
 * and replicas, and as time passes with no event to count. A failed read leaves the last value and is logged.
 */
export interface ReadOnScrape {
  read(): Promise<number>;
  readonly logger: Logger;
}

/** A subgraph's business metrics, declared on the service's registry. */
export interface BusinessMetrics {
  counter<Label extends string = never>(options: MetricOptions<Label>): Counter<Label>;
  histogram<Label extends string = never>(options: MetricOptions<Label> & { readonly buckets: readonly number[] }): Histogram<Label>;
  gauge(options: MetricOptions<never> & { readonly readOnScrape?: ReadOnScrape }): Gauge;
}

export function businessMetrics(registry: Registry): BusinessMetrics {
  const registers = [registry];
  const common = <Label extends string>({ name, help, labelNames }: MetricOptions<Label>) => ({
    name,
    help,
    ...(labelNames === undefined ? {} : { labelNames }),
    registers,
  });
  return {
    counter: (options) => new Counter(common(options)),
    histogram: (options) => new Histogram({ ...common(options), buckets: [...options.buckets] }),
    gauge: ({ readOnScrape, ...options }) =>
      new Gauge({
        ...common(options),
        ...(readOnScrape === undefined
          ? {}
          : {
              async collect() {
                try {
                  this.set(await readOnScrape.read());
                } catch (error) {
                  readOnScrape.logger.warn({ err: error, metric: options.name }, 'reading the gauge failed; it reports its last value');
                }
              },
            }),
      }),
  };
}
