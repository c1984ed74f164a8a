import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@bank/testing';

/** infra/supervise.sh, as infra/start.sh runs each service under it. */
describe('supervise (npm start)', () => {
  it('restarts a crashed service with a growing back-off, says why in its log, and leaves the others up', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'supervise-'));
    const script = `
      source infra/supervise.sh
      supervise crasher ${dir}/crasher.log bash -c 'echo "boom"; exit 3' &
      supervise steady ${dir}/steady.log bash -c 'echo "up $$"; exec sleep 30' &
      trap 'kill -TERM $(jobs -p); wait' TERM
      wait`;
    const stack = spawn('bash', ['-c', script], {
      cwd: join(__dirname, '..'),
      env: { ...process.env, SUPERVISE_BACKOFF_S: '0.05', SUPERVISE_BACKOFF_MAX_S: '0.2' },
    });
    try {
      const crasher = await eventually(() => {
        const log = readFileSync(join(dir, 'crasher.log'), 'utf8');
        expect(log.match(/crasher exited with status 3/g)?.length).toBeGreaterThanOrEqual(4);
        return log;
      });
      const delays = [...crasher.matchAll(/restarting in ([\d.]+)s/g)].map((match) => Number(match[1]));
      expect(delays.slice(0, 4)).toEqual([0.05, 0.1, 0.2, 0.2]);
      const steady = readFileSync(join(dir, 'steady.log'), 'utf8');
      expect(steady.match(/^up /gm)).toHaveLength(1);
    } finally {
      stack.kill('SIGTERM');
      await new Promise((resolve) => stack.once('exit', resolve));
    }
  });
});
