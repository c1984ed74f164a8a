export { CORRELATION_HEADER, currentCorrelationId, withCorrelationId } from './correlation';
export { createLogger, type Logger } from './logger';
export { businessMetrics, type BusinessMetrics, type MetricOptions, type ReadOnScrape } from './business-metrics';
export { createMetrics, type ServiceMetrics } from './metrics';
export { currentTraceContext, flushTraces, inMessageSpan, setTracingShutdown, traceLogFields, type MessageSpan, type TraceContext } from './tracing';
