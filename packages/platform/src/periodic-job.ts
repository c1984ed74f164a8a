import type { Logger } from '@bank/observability';

export interface PeriodicJob {
  /** Stops scheduling and waits for the run in progress. */
  stop(): Promise<void>;
}

export interface PeriodicJobOptions {
  readonly name: string;
  readonly intervalMs: number;
  readonly run: () => Promise<unknown>;
  readonly logger: Logger;
}

/**
 * Runs `run` every `intervalMs`, one run at a time; a failed run is logged and the next one still
 * happens. The timer does not keep the process alive.
 */
export function startPeriodicJob({ name, intervalMs, run, logger }: PeriodicJobOptions): PeriodicJob {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(run).catch((error: unknown) => logger.warn({ err: error, job: name }, 'periodic job failed'));
  }, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
