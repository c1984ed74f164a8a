import { Writable } from 'node:stream';
import { createLogger, createMetrics, currentCorrelationId, withCorrelationId } from '../src';

describe('correlation ids', () => {
  it('flow through async work and stay apart between concurrent units', async () => {
    const seen = await Promise.all(
      ['a', 'b'].map((id) =>
        withCorrelationId(id, async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          return currentCorrelationId();
        }),
      ),
    );
    expect(seen).toEqual(['a', 'b']);
    expect(currentCorrelationId()).toBeUndefined();
  });

  it('are generated when none is given', () => {
    expect(withCorrelationId(undefined, currentCorrelationId)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('createLogger', () => {
  it('writes JSON lines with the service name and the current correlation id', () => {
    const lines: Record<string, unknown>[] = [];
    const destination = new Writable({ write: (chunk, _encoding, done) => (lines.push(JSON.parse(String(chunk))), done()) });
    const logger = createLogger({ service: 'pix', level: 'info', destination });
    withCorrelationId('req-1', () => logger.info('charge created'));
    logger.info('outside');
    logger.debug('below the level');
    expect(lines).toEqual([
      expect.objectContaining({ service: 'pix', level: 'info', correlationId: 'req-1', msg: 'charge created' }),
      expect.not.objectContaining({ correlationId: expect.anything() }),
    ]);
  });
});

describe('createMetrics', () => {
  it('exposes process metrics and the HTTP histogram labelled with the service', async () => {
    const { registry, httpDuration } = createMetrics({ service: 'loans' });
    httpDuration.observe({ method: 'POST', route: '/graphql', status: '200' }, 0.02);
    const text = await registry.metrics();
    expect(text).toContain('process_cpu_user_seconds_total{service="loans"}');
    expect(text).toMatch(/http_request_duration_seconds_count\{service="loans",method="POST",route="\/graphql",status="200"\} 1/);
  });
});
