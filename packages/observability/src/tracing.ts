import {
  context,
  defaultTextMapGetter,
  defaultTextMapSetter,
  isSpanContextValid,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Attributes,
  type Context,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';

/**
 * The W3C trace context a message carries: the attributes of the CloudEvents distributed-tracing
 * extension (`traceparent`, `tracestate`). Both absent when tracing is off.
 */
export interface TraceContext {
  readonly traceparent?: string;
  readonly tracestate?: string;
}

const w3c = new W3CTraceContextPropagator();
const tracer = () => trace.getTracer('@bank/observability');

/** The trace context of the span active now, to store with what this work emits; empty when none (tracing off). */
export function currentTraceContext(): TraceContext {
  const carrier: Record<string, string> = {};
  w3c.inject(context.active(), carrier, defaultTextMapSetter);
  return {
    ...(carrier.traceparent === undefined ? {} : { traceparent: carrier.traceparent }),
    ...(carrier.tracestate === undefined ? {} : { tracestate: carrier.tracestate }),
  };
}

/**
 * The context to continue a message's trace in: the active one when it is already inside that
 * trace (the amqplib instrumentation's consume span), else the one the message carries.
 */
function parentOf(carried: TraceContext): Context {
  const fromMessage = w3c.extract(ROOT_CONTEXT, { ...carried }, defaultTextMapGetter);
  const carriedTraceId = trace.getSpanContext(fromMessage)?.traceId;
  return trace.getSpanContext(context.active())?.traceId === carriedTraceId ? context.active() : fromMessage;
}

export interface MessageSpan {
  readonly name: string;
  readonly kind: 'producer' | 'consumer' | 'internal';
  /** The trace context the message carries, continued by this span. */
  readonly carried: TraceContext;
  readonly attributes?: Attributes;
}

const KINDS = { producer: SpanKind.PRODUCER, consumer: SpanKind.CONSUMER, internal: SpanKind.INTERNAL } as const;

/** Runs `work` in a span continuing the message's trace (a no-op span when tracing is off); a throw marks it failed. */
export function inMessageSpan<T>({ name, kind, carried, attributes }: MessageSpan, work: () => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { kind: KINDS[kind], ...(attributes === undefined ? {} : { attributes }) }, parentOf(carried), async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** `trace_id` and `span_id` of the active span, for log lines; empty when none. */
export function traceLogFields(): { trace_id?: string; span_id?: string } {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext !== undefined && isSpanContextValid(spanContext) ? { trace_id: spanContext.traceId, span_id: spanContext.spanId } : {};
}

let shutdownTracing: (() => Promise<void>) | undefined;

/** What `flushTraces` runs: the SDK's shutdown, set by `startTracing`. */
export function setTracingShutdown(shutdown: () => Promise<void>): void {
  shutdownTracing = shutdown;
}

/** Exports the spans still buffered and stops tracing; a service's shutdown awaits it before the process exits. */
export async function flushTraces(): Promise<void> {
  const shutdown = shutdownTracing;
  shutdownTracing = undefined;
  await shutdown?.().catch(() => undefined);
}
