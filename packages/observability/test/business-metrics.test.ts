import { Writable } from 'node:stream';
import { Registry } from 'prom-client';
import { businessMetrics, createLogger } from '../src';

const silent = createLogger({ service: 'test', level: 'warn', destination: new Writable({ write: (_chunk, _encoding, done) => done() }) });

describe('business metrics', () => {
  it('are declared on the registry given, with their labels and buckets', async () => {
    const registry = new Registry();
    const metric = businessMetrics(registry);
    metric.counter({ name: 'orders_total', help: 'Orders by outcome', labelNames: ['outcome'] }).inc({ outcome: 'paid' });
    metric.histogram({ name: 'orders_seconds', help: 'Time to place an order', buckets: [0.5, 1] }).observe(0.7);
    metric.gauge({ name: 'orders_open', help: 'Open orders' }).set(3);
    const text = await registry.metrics();
    expect(text).toContain('# HELP orders_total Orders by outcome');
    expect(text).toContain('orders_total{outcome="paid"} 1');
    expect(text).toContain('orders_seconds_bucket{le="0.5"} 0');
    expect(text).toContain('orders_seconds_bucket{le="1"} 1');
    expect(text).toContain('orders_open 3');
  });

  it('read a gauge from its store at each scrape, and keep its last value when the read fails', async () => {
    const registry = new Registry();
    const reads = [async () => 7, async () => Promise.reject(new Error('store away'))];
    businessMetrics(registry).gauge({ name: 'orders_overdue', help: 'Overdue orders', readOnScrape: { read: () => reads.shift()!(), logger: silent } });
    expect(await registry.metrics()).toContain('orders_overdue 7');
    expect(await registry.metrics()).toContain('orders_overdue 7');
  });
});
