import type { Clock } from '@bank/kernel';

/** Time the test sets and moves by hand, so that due dates, leases and expiries come without sleeping. */
export class ManualClock implements Clock {
  private time: number;

  constructor(start: Date | string | number = Date.now()) {
    this.time = new Date(start).getTime();
  }

  readonly now = (): Date => new Date(this.time);

  set(at: Date | string): void {
    this.time = new Date(at).getTime();
  }

  advance(ms: number): void {
    this.time += ms;
  }
}
