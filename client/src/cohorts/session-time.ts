/**
 * Session times for people in many time zones. The API sends UTC epoch milliseconds; the browser's
 * Intl converts them to the viewer's own zone, or to the cohort's zone for its "local" time.
 */

export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

interface ZoneOptions {
  /** Omitted: the viewer's own time zone. */
  timeZone?: string;
  /** Omitted: the viewer's own locale. */
  locale?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: 'dateTime' | 'date' | 'time', { timeZone, locale }: ZoneOptions): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone ?? ''} ${locale ?? ''}`;
  let cached = formatters.get(key);
  if (!cached) {
    const parts: Intl.DateTimeFormatOptions =
      kind === 'time'
        ? { hour: '2-digit', minute: '2-digit' }
        : kind === 'date'
          ? { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }
          : { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
    cached = new Intl.DateTimeFormat(locale, timeZone ? { ...parts, timeZone } : parts);
    formatters.set(key, cached);
  }
  return cached;
}

/** "Tue, 3 Mar 2026, 17:00" */
export function formatDateTime(epochMs: number, options: ZoneOptions = {}): string {
  return formatter('dateTime', options).format(epochMs);
}

/** "Tue, 3 Mar 2026" */
export function formatDate(epochMs: number, options: ZoneOptions = {}): string {
  return formatter('date', options).format(epochMs);
}

/** "17:00" */
export function formatTime(epochMs: number, options: ZoneOptions = {}): string {
  return formatter('time', options).format(epochMs);
}

/**
 * The cohort's own wall-clock time for a session ("17:00 in Europe/Berlin"), or null when the
 * viewer's clock shows the same date and time, so the page need not repeat it.
 */
export function cohortLocalTime(startsAt: number, cohortZone: string, viewerZone: string, locale?: string): string | null {
  const inCohort = formatDateTime(startsAt, { timeZone: cohortZone, locale });
  const inViewer = formatDateTime(startsAt, { timeZone: viewerZone, locale });
  if (inCohort === inViewer) return null;
  return `${inCohort} in ${cohortZone}`;
}

/** "in 3 days", "tomorrow", "in 2 hours": for the next session at a glance. */
export function relativeToNow(epochMs: number, now: number, locale?: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const minutes = Math.round((epochMs - now) / 60_000);
  if (Math.abs(minutes) < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (Math.abs(hours) < 36) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}
