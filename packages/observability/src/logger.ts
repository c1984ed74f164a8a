import pino, { type DestinationStream, type Logger } from 'pino';
import { currentCorrelationId } from './correlation';
import { traceLogFields } from './tracing';

export type { Logger };

/** JSON logs on stdout, each line naming the service and, inside a request or event, its correlation id and (tracing on) its `trace_id`. */
export function createLogger({ service, level, destination }: { service: string; level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const correlationId = currentCorrelationId();
        return { ...(correlationId === undefined ? {} : { correlationId }), ...traceLogFields() };
      },
    },
    destination ?? pino.destination(1),
  );
}
