import { oneYearLater } from '../../src/domain';

describe('calendar', () => {
  it('moves one year ahead keeping the Brasília wall-clock time; 29 February becomes 1 March', () => {
    expect(oneYearLater(new Date('2025-01-10T15:00:00Z'))).toEqual(new Date('2026-01-10T15:00:00Z'));
    expect(oneYearLater(new Date('2024-02-29T15:00:00Z'))).toEqual(new Date('2025-03-01T15:00:00Z'));
    // 2024-03-01 01:00 UTC is still 29 February in Brasília
    expect(oneYearLater(new Date('2024-03-01T01:00:00Z'))).toEqual(new Date('2025-03-02T01:00:00Z'));
  });
});
