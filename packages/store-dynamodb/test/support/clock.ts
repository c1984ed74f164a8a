import type { Clock } from '@bank/kernel';

/** A clock the test moves by hand, so leases and retention expire without sleeping. */
export class ManualClock implements Clock {
  private time = Date.parse('2025-01-01T12:00:00Z');

  now(): Date {
    return new Date(this.time);
  }

  advance(ms: number): void {
    this.time += ms;
  }
}
