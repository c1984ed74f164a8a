// First of main.ts's imports: the OpenTelemetry SDK must patch the modules it instruments before they load.
import { startTracing } from '@bank/observability/start-tracing';

startTracing('insurance');
