/**
 * Gives the two demo customers a story through the gateway's public API and prints their tokens:
 *   npm run seed                      (the gateway at GATEWAY_URL, default http://127.0.0.1:4000, in development)
 * Running it again changes nothing.
 */
import { seedDemo } from '../dev/seed';

const origin = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000';

seedDemo(origin, (line) => process.stderr.write(`[seed] ${line}\n`)).then(
  (customers) => {
    process.stdout.write('\nDemo customers (tokens valid 1 h; in the explorers, "Token for" mints new ones):\n');
    for (const { customer, token } of customers) process.stdout.write(`\n  ${customer.name} (${customer.sub})\n  Authorization: Bearer ${token}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`[seed] failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
