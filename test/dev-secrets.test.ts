import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** infra/secrets.sh: what `npm start` and the test profile source instead of constant development secrets. */
describe('development secrets', () => {
  const generate = (file: string): Record<string, string> => {
    execFileSync('bash', [join(__dirname, '..', 'infra', 'secrets.sh')], { env: { ...process.env, SECRETS_FILE: file } });
    return Object.fromEntries(
      readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
  };

  it('are random on first use, private to the user, and kept afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'secrets-'));
    const first = generate(join(dir, 'a.env'));
    const other = generate(join(dir, 'b.env'));
    expect(Object.keys(first).sort()).toEqual(
      [
        'ACCOUNTS_CARD_KEY',
        'EVENTS_HMAC_KEYS',
        'JWT_SECRET',
        'POSTGRES_PASSWORD_ACCOUNTS',
        'PRINCIPAL_HMAC_SECRET',
        'RABBITMQ_ADMIN_PASSWORD',
        'RABBITMQ_PASSWORD_ACCOUNTS',
        'RABBITMQ_PASSWORD_GATEWAY',
        'RABBITMQ_PASSWORD_INSURANCE',
        'RABBITMQ_PASSWORD_LOANS',
        'RABBITMQ_PASSWORD_PIX',
      ].sort(),
    );
    expect(first.PRINCIPAL_HMAC_SECRET).toMatch(/^[0-9a-f]{64}$/);
    expect(first.PRINCIPAL_HMAC_SECRET).not.toBe(other.PRINCIPAL_HMAC_SECRET);
    expect(first.PRINCIPAL_HMAC_SECRET).not.toBe(first.JWT_SECRET);
    expect(first.ACCOUNTS_CARD_KEY).toMatch(/^[0-9a-f]{64}$/);
    expect(first.EVENTS_HMAC_KEYS).toMatch(/^pix=[0-9a-f]{64},loans=[0-9a-f]{64},insurance=[0-9a-f]{64},accounts=[0-9a-f]{64}$/);
    expect(statSync(join(dir, 'a.env')).mode & 0o077).toBe(0);
    expect(generate(join(dir, 'a.env'))).toEqual(first);
  });
});
