import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nthWeekdayOfMonth, type IsoWeekday } from './nth-weekday';

const [monday, , , thursday, friday, , sunday] = [1, 2, 3, 4, 5, 6, 7] as const;

describe('nthWeekdayOfMonth', () => {
  it.each<[string, number, number, IsoWeekday, number, number | null]>([
    ['first Monday, month starting on a Monday', 2025, 9, monday, 1, 1],
    ['first Monday, month starting on a Tuesday', 2025, 7, monday, 1, 7],
    ['second Sunday of March 2025 (US DST start)', 2025, 3, sunday, 2, 9],
    ['last Sunday of March 2025 (EU DST start)', 2025, 3, sunday, -1, 30],
    ['last Sunday of October 2025 (EU DST end)', 2025, 10, sunday, -1, 26],
    ['last Thursday of February in a leap year is the 29th', 2024, 2, thursday, -1, 29],
    ['last Thursday of February otherwise', 2025, 2, thursday, -1, 27],
    ['fourth Thursday of February 2024', 2024, 2, thursday, 4, 22],
    ['fifth Thursday of February 2024 exists', 2024, 2, thursday, 5, 29],
    ['no fifth Friday in February 2025', 2025, 2, friday, 5, null],
    ['second-to-last Friday of January 2025', 2025, 1, friday, -2, 24],
    ['last Monday of a 31-day month ending on a Monday', 2025, 3, monday, -1, 31],
    ['February 2100 is not a leap month', 2100, 2, sunday, -1, 28],
  ])('%s', (_label, year, month, weekday, n, day) => {
    expect(nthWeekdayOfMonth(year, month, weekday, n)).toBe(day);
  });

  it('lands on the requested weekday in the requested week', () => {
    const weekday = fc.constantFrom<IsoWeekday>(1, 2, 3, 4, 5, 6, 7);
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), weekday, fc.constantFrom(1, 2, 3, 4, -1), (year, month, isoDay, n) => {
        const day = nthWeekdayOfMonth(year, month, isoDay, n);
        expect(day).not.toBeNull();
        const date = new Date(Date.UTC(year, month - 1, day ?? 0));
        expect(date.getUTCMonth()).toBe(month - 1);
        expect(date.getUTCDay() === 0 ? 7 : date.getUTCDay()).toBe(isoDay);
        const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
        if (n > 0) expect(Math.ceil((day ?? 0) / 7)).toBe(n);
        else expect((day ?? 0) + 7).toBeGreaterThan(daysInMonth);
      }),
    );
  });
});
