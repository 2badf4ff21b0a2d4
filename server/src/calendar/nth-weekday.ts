/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * The day of the month of its n-th `weekday`: n = 1…5 counts from the start, -1…-5 from the end
 * (-1 = the last). Null when the month has no such day (a fifth Monday, say). `month` is 1–12.
 */
export function nthWeekdayOfMonth(year: number, month: number, weekday: IsoWeekday, n: number): number | null {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (n > 0) {
    const firstWeekday = isoWeekdayOf(year, month, 1);
    const day = 1 + ((weekday - firstWeekday + 7) % 7) + 7 * (n - 1);
    return day <= daysInMonth ? day : null;
  }
  const lastWeekday = isoWeekdayOf(year, month, daysInMonth);
  const day = daysInMonth - ((lastWeekday - weekday + 7) % 7) - 7 * (-n - 1);
  return day >= 1 ? day : null;
}

function isoWeekdayOf(year: number, month: number, day: number): IsoWeekday {
  const sundayFirst = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return (sundayFirst === 0 ? 7 : sundayFirst) as IsoWeekday;
}
