import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { customer, serviceTestEnv, subgraphClient, TEST_PRINCIPAL_SECRET } from '@bank/testing';

const root = join(__dirname, '..');
/** The balancer probes readiness this often; the drain delay must outlast it and a probe's answer. */
const PROBE_INTERVAL_MS = 100;
// Generous: on a busy machine (load 13 on 2 cores seen) a probe's answer took longer than four intervals.
const DRAIN_MS = 20 * PROBE_INTERVAL_MS;

/** Starts pix as `npm start` does (its own process, platform's serveSubgraph) and resolves its URL from the log. */
function startPixProcess(): { child: ChildProcess; url: Promise<string> } {
  // node itself, not the tsx wrapper, so that the signal reaches the service.
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=development', 'subgraphs/pix/src/main.ts'], {
    cwd: root,
    env: { ...process.env, ...serviceTestEnv('pix'), LOG_LEVEL: 'info', SHUTDOWN_DRAIN_MS: String(DRAIN_MS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`pix exited with ${code} before it was ready`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'pix subgraph ready' && entry.url) resolve(entry.url);
    });
  });
  return { child, url };
}

describe('graceful shutdown (SIGTERM to a real service process)', () => {
  it('turns readiness 503, keeps serving through the drain delay, finishes what is in flight, then exits 0: no request fails', async () => {
    const { child, url: started } = startPixProcess();
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = await started;
      const ready = new URL('/health/ready', url);
      const client = subgraphClient(url, TEST_PRINCIPAL_SECRET);
      let sent = 0;
      // A write each (the key, its outbox event), by a customer of its own: no per-customer key limit in the way.
      const registerKey = () =>
        client.as(customer(`shutdown-${process.pid}-${(sent += 1)}`))(
          'mutation($idempotencyKey: String!) { registerPixKey(input: { type: EVP }, idempotencyKey: $idempotencyKey) { pixKey { key } } }',
        );

      // A load balancer: sends until a readiness probe answers 503 (a refused probe alone does not take it out of rotation).
      let inRotation = true;
      let running = true;
      void exited.then(() => (running = false));
      const probe = setInterval(() => {
        void fetch(ready).then(
          (response) => void (response.status === 503 && (inRotation = false)),
          () => undefined,
        );
      }, PROBE_INTERVAL_MS);
      let sigtermSent = false;
      let answeredAfterSigterm = 0;
      const failures: string[] = [];
      const worker = async () => {
        while (inRotation && running) {
          try {
            const result = await registerKey();
            if (result.status !== 200 || result.errors) failures.push(`${result.status} ${JSON.stringify(result.errors)}`);
            else if (sigtermSent) answeredAfterSigterm += 1;
          } catch (error) {
            failures.push(String(error));
          }
        }
      };
      const load = Promise.all(Array.from({ length: 8 }, worker));

      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill('SIGTERM');
      sigtermSent = true;
      await load;
      clearInterval(probe);

      expect(await exited).toBe(0);
      expect(failures).toEqual([]);
      expect(inRotation).toBe(false);
      // The drain delay kept answering what the balancer still sent after the signal.
      expect(answeredAfterSigterm).toBeGreaterThan(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    // Starting a service from source takes seconds more when the machine is busy.
  }, 90_000);
});
