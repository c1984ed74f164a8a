import { Writable } from 'node:stream';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, NodeTracerProvider, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { createLogger, currentTraceContext, inMessageSpan } from '../src';
import { tracingConfigured } from '../src/start-tracing';

const exporter = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
const tracer = () => trace.getTracer('test');

describe('tracing off', () => {
  it('puts no trace context in what work emits, and nothing in log lines', () => {
    expect(currentTraceContext()).toEqual({});
  });
});

describe('with a tracer provider', () => {
  beforeAll(() => provider.register());
  afterEach(() => exporter.reset());
  afterAll(() => provider.shutdown());

  it('gives what work emits the W3C trace context of the span active then', () => {
    tracer().startActiveSpan('request', (span) => {
      const { traceId, spanId } = span.spanContext();
      expect(currentTraceContext()).toEqual({ traceparent: `00-${traceId}-${spanId}-01` });
      span.end();
    });
  });

  it('continues the trace a message carries in a span of its own, and marks it failed on a throw', async () => {
    const carried = { traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' };
    await inMessageSpan({ name: 'process pix.charge.paid', kind: 'consumer', carried }, async () => undefined);
    await expect(inMessageSpan({ name: 'failing', kind: 'consumer', carried }, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    const [done, failed] = exporter.getFinishedSpans();
    expect(done?.spanContext().traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(done?.parentSpanContext?.spanId).toBe('b7ad6b7169203331');
    expect(failed?.status).toMatchObject({ code: 2, message: 'boom' });
  });

  it('stays under the active span when that span is already in the carried trace (the broker client instrumentation)', async () => {
    await tracer().startActiveSpan('amqp receive', async (receive) => {
      await inMessageSpan({ name: 'process', kind: 'consumer', carried: currentTraceContext() }, async () => undefined);
      receive.end();
    });
    const processed = exporter.getFinishedSpans().find(({ name }) => name === 'process');
    const receive = exporter.getFinishedSpans().find(({ name }) => name === 'amqp receive');
    expect(processed?.parentSpanContext?.spanId).toBe(receive?.spanContext().spanId);
  });

  it('writes trace_id and span_id on log lines inside a span, none outside', () => {
    const lines: Record<string, unknown>[] = [];
    const destination = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk)) as Record<string, unknown>), done()) });
    const logger = createLogger({ service: 'pix', level: 'info', destination });
    const ids = tracer().startActiveSpan('request', (span) => {
      logger.info('inside');
      span.end();
      return span.spanContext();
    });
    logger.info('outside');
    expect(lines.map(({ msg, trace_id: traceId, span_id: spanId }) => ({ msg, traceId, spanId }))).toEqual([
      { msg: 'inside', traceId: ids.traceId, spanId: ids.spanId },
      { msg: 'outside', traceId: undefined, spanId: undefined },
    ]);
  });
});

describe('tracingConfigured: off unless the standard OTEL_* variables configure an exporter', () => {
  it.each([
    [{}, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://127.0.0.1:4318/v1/traces' }, true],
    [{ OTEL_TRACES_EXPORTER: 'console' }, true],
    [{ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, false],
    [{ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }, false],
  ])('%j → %s', (env, on) => {
    expect(tracingConfigured(env)).toBe(on);
  });
});
