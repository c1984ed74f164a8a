import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
const rabbitmqctl = (...args: string[]) => run('rabbitmqctl', args, { timeout: 60_000 });

/** Stops the local RabbitMQ application (the node stays up), for tests of an outage. */
export async function stopBroker(): Promise<void> {
  await rabbitmqctl('stop_app');
}

/**
 * Starts the local RabbitMQ application and waits until it serves. Retried: right after a stop the
 * node may refuse a start for a moment. Always call it when a test that stopped the broker ends.
 */
export async function startBroker(timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await rabbitmqctl('start_app');
      await rabbitmqctl('await_startup');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}
