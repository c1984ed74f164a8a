import { AmqplibInstrumentation } from '@opentelemetry/instrumentation-amqplib';
import { AwsInstrumentation } from '@opentelemetry/instrumentation-aws-sdk';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { MongooseInstrumentation } from '@opentelemetry/instrumentation-mongoose';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { setTracingShutdown } from './tracing';

type Env = Readonly<Record<string, string | undefined>>;

/** Tracing is on when the standard variables name an exporter or an OTLP endpoint (and OTEL_SDK_DISABLED is not true). */
export function tracingConfigured(env: Env = process.env): boolean {
  if (env.OTEL_SDK_DISABLED === 'true') return false;
  if (env.OTEL_TRACES_EXPORTER !== undefined) return env.OTEL_TRACES_EXPORTER !== 'none';
  return env.OTEL_EXPORTER_OTLP_ENDPOINT !== undefined || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT !== undefined;
}

/** Probes and scrapes, several a second from every balancer and Prometheus: no trace of their own. */
const UNTRACED_PATHS = /^\/(health\/|metrics)/;

let started = false;

/**
 * Starts the OpenTelemetry SDK when configured, with the exporter, sampler and resource the `OTEL_*`
 * variables give (OTLP by default), and instruments HTTP (server and fetch), Express, GraphQL,
 * ioredis, the AWS SDK, mongoose, pg and amqplib. Must run before those modules load: each service's
 * `src/instrument.ts`, imported first by its `main.ts`. Metrics stay Prometheus, logs stay pino.
 */
export function startTracing(service: string, env: Env = process.env): void {
  if (started || !tracingConfigured(env)) return;
  started = true;
  process.env.OTEL_METRICS_EXPORTER ??= 'none';
  process.env.OTEL_LOGS_EXPORTER ??= 'none';
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? service,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: ({ url = '' }) => UNTRACED_PATHS.test(url) }),
      new UndiciInstrumentation(),
      new ExpressInstrumentation(),
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      new IORedisInstrumentation(),
      new AwsInstrumentation(),
      new MongooseInstrumentation(),
      new PgInstrumentation(),
      new AmqplibInstrumentation(),
    ],
  });
  sdk.start();
  setTracingShutdown(() => sdk.shutdown());
}
