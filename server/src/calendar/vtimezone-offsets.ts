import { nthWeekdayOfMonth, type IsoWeekday } from './nth-weekday';

/**
 * Reads the UTC offset a VTIMEZONE component prescribes at an instant, for the subset of RFC 5545
 * the packaged tzurl.org zones use: observances with a DTSTART and at most a yearly
 * "BYMONTH=…;BYDAY=±nXX" rule. Anything else yields null ("cannot tell").
 */
export function vtimezoneOffsetAt(component: string, atMs: number): number | null {
  const observances = parseObservances(component);
  if (observances === null || observances.length === 0) return null;
  const year = new Date(atMs).getUTCFullYear();
  let latest: { onsetMs: number; offsetMinutes: number } | null = null;
  for (const observance of observances) {
    for (const onsetMs of onsetsNear(observance, year)) {
      if (onsetMs <= atMs && (latest === null || onsetMs > latest.onsetMs)) latest = { onsetMs, offsetMinutes: observance.offsetTo };
    }
  }
  return latest?.offsetMinutes ?? null;
}

interface Observance {
  /** Local wall time of the first onset, read as if it were UTC. */
  start: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  offsetFrom: number;
  offsetTo: number;
  yearly: { month: number; weekday: IsoWeekday; n: number } | null;
}

const byDayWeekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Onsets in the given UTC year and the one before (enough to find the latest onset before an instant). */
function onsetsNear(observance: Observance, year: number): number[] {
  const { start, offsetFrom, yearly } = observance;
  const onset = (y: number, month: number, day: number) =>
    Date.UTC(y, month - 1, day, start.hour, start.minute, start.second) - offsetFrom * 60_000;
  if (yearly === null) return [onset(start.year, start.month, start.day)];
  return [year - 1, year].flatMap((y) => {
    const day = y < start.year ? null : nthWeekdayOfMonth(y, yearly.month, yearly.weekday, yearly.n);
    return day === null ? [] : [onset(y, yearly.month, day)];
  });
}

function parseObservances(component: string): Observance[] | null {
  const observances: Observance[] = [];
  let fields: Map<string, string> | null = null;
  for (const line of component.replace(/\r?\n[ \t]/g, '').split(/\r?\n/)) {
    if (line === 'BEGIN:STANDARD' || line === 'BEGIN:DAYLIGHT') fields = new Map();
    else if ((line === 'END:STANDARD' || line === 'END:DAYLIGHT') && fields !== null) {
      const observance = toObservance(fields);
      if (observance === null) return null;
      observances.push(observance);
      fields = null;
    } else if (fields !== null) {
      const colon = line.indexOf(':');
      fields.set(line.slice(0, colon).split(';')[0] ?? '', line.slice(colon + 1));
    }
  }
  return observances;
}

function toObservance(fields: Map<string, string>): Observance | null {
  if (fields.has('RDATE')) return null;
  const start = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)$/.exec(fields.get('DTSTART') ?? '');
  const offsetFrom = parseOffset(fields.get('TZOFFSETFROM'));
  const offsetTo = parseOffset(fields.get('TZOFFSETTO'));
  if (start === null || offsetFrom === null || offsetTo === null) return null;
  const [year, month, day, hour, minute, second] = start.slice(1).map(Number) as [number, number, number, number, number, number];
  const rule = fields.get('RRULE');
  const yearly = rule === undefined ? null : parseYearlyRule(rule);
  if (rule !== undefined && yearly === null) return null;
  return { start: { year, month, day, hour, minute, second }, offsetFrom, offsetTo, yearly };
}

function parseOffset(text: string | undefined): number | null {
  const match = /^([+-])(\d\d)(\d\d)(\d\d)?$/.exec(text ?? '');
  if (match === null) return null;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

function parseYearlyRule(rule: string): Observance['yearly'] {
  const parts = new Map(rule.split(';').map((part) => part.split('=') as [string, string]));
  const byDay = /^([+-]?[1-5])(MO|TU|WE|TH|FR|SA|SU)$/.exec(parts.get('BYDAY') ?? '');
  const month = Number(parts.get('BYMONTH'));
  if (parts.size !== 3 || parts.get('FREQ') !== 'YEARLY' || byDay === null || !(month >= 1 && month <= 12)) return null;
  return { month, weekday: (byDayWeekdays.indexOf(byDay[2] ?? '') + 1) as IsoWeekday, n: Number(byDay[1]) };
}
