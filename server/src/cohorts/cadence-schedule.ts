import { startTimeParts, weekdays, type Cadence } from '@peercircle/shared';
import { DateTime } from 'luxon';
import { nthWeekdayOfMonth, type IsoWeekday } from '../calendar/nth-weekday';

/**
 * The next `count` session starts at or after `fromMs`, as UTC epoch ms. Dates and times are worked
 * out in the cadence's own zone, so "17:00 Europe/Berlin" stays 17:00 there across DST switches.
 *
 * Local times a DST switch makes odd follow RFC 5545, so calendar apps reading our .ics agree:
 * - a time that does not exist that day (02:30 on a spring-forward night) uses the offset from before
 *   the gap, i.e. it moves forward by the gap: 02:30 → 03:30 CEST;
 * - a time that occurs twice (02:30 on a fall-back night) means the first occurrence, still in summer time.
 */
export function upcomingSessionStarts(cadence: Cadence, fromMs: number, count: number): number[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  let month = DateTime.fromMillis(fromMs, { zone: cadence.timezone }).startOf('month');
  if (!month.isValid) throw new RangeError(`cannot schedule from ${fromMs} in ${cadence.timezone}: ${month.invalidReason}`);

  const starts: number[] = [];
  while (starts.length < count) {
    const start = sessionStartInMonth(cadence, month.year, month.month);
    if (start >= fromMs) starts.push(start);
    month = month.plus({ months: 1 });
  }
  return starts;
}

/** The cadence's session in one month (1–12) of its zone, as UTC epoch ms. */
export function sessionStartInMonth(cadence: Cadence, year: number, month: number): number {
  const weekday = (weekdays.indexOf(cadence.weekday) + 1) as IsoWeekday;
  // Weeks 1–4 and "last" exist in every month, so this is never null.
  const day = nthWeekdayOfMonth(year, month, weekday, cadence.weekOfMonth === 'last' ? -1 : cadence.weekOfMonth) ?? 1;
  const local = DateTime.fromObject({ year, month, day, ...startTimeParts(cadence.startTime) }, { zone: cadence.timezone });
  // Luxon resolves a repeated local time to its later occurrence; RFC 5545 wants the earlier one.
  return Math.min(...local.getPossibleOffsets().map((candidate) => candidate.toMillis()));
}
