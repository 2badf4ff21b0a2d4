import { startTimeParts, type Cadence, type Weekday, type WeekOfMonth } from '@peercircle/shared';

const isoWeekday: Record<Weekday, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };

/** The day of `month` (1–12) that is its `week`-th (or last) `weekday`; every month has one. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, week: WeekOfMonth): number {
  const wanted = isoWeekday[weekday];
  const isoOf = (day: number) => ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  if (week === 'last') {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return lastDay - ((isoOf(lastDay) - wanted + 7) % 7);
  }
  return 1 + ((wanted - isoOf(1) + 7) % 7) + 7 * (week - 1);
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall clock at an instant, as if it were UTC (so the difference is the zone's offset). */
function wallClockAsUtc(epochMs: number, timeZone: string): number {
  let format = partFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, format);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(format.formatToParts(epochMs).find((p) => p.type === type)?.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
}

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The instant a zone's clock shows a wall time. Two guesses settle it: the offset may differ on
 * either side of a DST change. A time skipped by a spring-forward lands just after the gap.
 */
export function zonedWallTimeToEpoch({ year, month, day, hour, minute }: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const firstGuess = asUtc - (wallClockAsUtc(asUtc, timeZone) - asUtc);
  const offsetThen = wallClockAsUtc(firstGuess, timeZone) - firstGuess;
  return asUtc - offsetThen;
}

/**
 * When a cadence would next meet after `now`. Only for previews while a cohort is set up: once it
 * exists, the server's scheduled sessions are the truth.
 */
export function nextMeetingStart(cadence: Cadence, now: number): number {
  const today = new Date(wallClockAsUtc(now, cadence.timezone));
  const { hour, minute } = startTimeParts(cadence.startTime);
  for (let ahead = 0; ; ahead += 1) {
    const firstOfMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + ahead, 1));
    const year = firstOfMonth.getUTCFullYear();
    const month = firstOfMonth.getUTCMonth() + 1;
    const day = nthWeekdayOfMonth(year, month, cadence.weekday, cadence.weekOfMonth);
    const start = zonedWallTimeToEpoch({ year, month, day, hour, minute }, cadence.timezone);
    if (start > now) return start;
  }
}
