import { describe, expect, it } from 'vitest';
import type { Cadence } from '@peercircle/shared';
import { nextMeetingStart, nthWeekdayOfMonth, zonedWallTimeToEpoch } from './next-meeting';

describe('nthWeekdayOfMonth', () => {
  it.each<[number, number, Parameters<typeof nthWeekdayOfMonth>[2], Parameters<typeof nthWeekdayOfMonth>[3], number]>([
    [2026, 3, 'tuesday', 1, 3],
    [2026, 3, 'sunday', 1, 1],
    [2026, 3, 'monday', 4, 23],
    [2026, 3, 'sunday', 'last', 29],
    [2026, 2, 'saturday', 'last', 28],
    [2024, 2, 'thursday', 'last', 29],
  ])('%i-%i %s week %s → %i', (year, month, weekday, week, day) => {
    expect(nthWeekdayOfMonth(year, month, weekday, week)).toBe(day);
  });
});

describe('zonedWallTimeToEpoch', () => {
  it('converts winter and summer time', () => {
    expect(zonedWallTimeToEpoch({ year: 2026, month: 3, day: 3, hour: 17, minute: 0 }, 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 3, 16));
    expect(zonedWallTimeToEpoch({ year: 2026, month: 7, day: 7, hour: 17, minute: 0 }, 'Europe/Berlin')).toBe(Date.UTC(2026, 6, 7, 15));
  });
  it('handles the day of a DST change and zones west of UTC', () => {
    expect(zonedWallTimeToEpoch({ year: 2026, month: 3, day: 29, hour: 10, minute: 0 }, 'Europe/Berlin')).toBe(Date.UTC(2026, 2, 29, 8));
    expect(zonedWallTimeToEpoch({ year: 2026, month: 3, day: 8, hour: 9, minute: 30 }, 'America/New_York')).toBe(
      Date.UTC(2026, 2, 8, 13, 30),
    );
  });
  it('handles half-hour zones and UTC', () => {
    expect(zonedWallTimeToEpoch({ year: 2026, month: 1, day: 5, hour: 8, minute: 0 }, 'Asia/Kolkata')).toBe(Date.UTC(2026, 0, 5, 2, 30));
    expect(zonedWallTimeToEpoch({ year: 2026, month: 1, day: 5, hour: 8, minute: 0 }, 'UTC')).toBe(Date.UTC(2026, 0, 5, 8));
  });
});

describe('nextMeetingStart', () => {
  const firstTuesday: Cadence = { weekOfMonth: 1, weekday: 'tuesday', startTime: '17:00', timezone: 'Europe/Berlin', durationMinutes: 120 };
  it("finds this month's meeting when it is still ahead", () => {
    expect(nextMeetingStart(firstTuesday, Date.UTC(2026, 2, 1))).toBe(Date.UTC(2026, 2, 3, 16));
  });
  it("moves to next month once this month's has started", () => {
    expect(nextMeetingStart(firstTuesday, Date.UTC(2026, 2, 3, 16))).toBe(Date.UTC(2026, 3, 7, 15));
  });
  it('crosses the year', () => {
    const lastFriday: Cadence = { ...firstTuesday, weekOfMonth: 'last', weekday: 'friday', timezone: 'UTC' };
    expect(nextMeetingStart(lastFriday, Date.UTC(2026, 11, 30))).toBe(Date.UTC(2027, 0, 29, 17));
  });
});
