import { describe, expect, it } from 'vitest';
import { cadenceSchema, isKnownTimezone, startTimeParts, timezoneSchema, type Cadence } from './cadence';

const firstTuesdayBerlin: Cadence = {
  weekOfMonth: 1,
  weekday: 'tuesday',
  startTime: '17:00',
  timezone: 'Europe/Berlin',
  durationMinutes: 120,
};

function firstError(input: unknown): string | undefined {
  const result = cadenceSchema.safeParse(input);
  return result.success ? undefined : `${result.error.issues[0]?.path.join('.')}: ${result.error.issues[0]?.message}`;
}

describe('cadenceSchema', () => {
  it.each<[string, Partial<Cadence> & Record<string, unknown>]>([
    ['first Tuesday, Berlin', {}],
    ['the last Sunday', { weekOfMonth: 'last', weekday: 'sunday' }],
    ['the fourth week', { weekOfMonth: 4 }],
    ['midnight', { startTime: '00:00' }],
    ['late evening', { startTime: '23:59' }],
    ['UTC', { timezone: 'UTC' }],
    ['a zone Intl lists under its old name (Asia/Calcutta)', { timezone: 'Asia/Kolkata' }],
    ['the shortest session', { durationMinutes: 30 }],
    ['the longest session', { durationMinutes: 480 }],
  ])('accepts %s', (_label, change) => {
    expect(cadenceSchema.parse({ ...firstTuesdayBerlin, ...change })).toEqual({ ...firstTuesdayBerlin, ...change });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a fifth week', { weekOfMonth: 5 }, 'weekOfMonth: choose the week of the month: 1, 2, 3, 4 or "last"'],
    ['week as a string number', { weekOfMonth: '1' }, 'weekOfMonth: choose the week of the month: 1, 2, 3, 4 or "last"'],
    ['a capitalised weekday', { weekday: 'Tuesday' }, 'weekday: choose a weekday, e.g. "tuesday"'],
    ['a 12-hour time', { startTime: '5:00 pm' }, 'startTime: use a 24-hour time like "17:00"'],
    ['an hour without leading zero', { startTime: '9:30' }, 'startTime: use a 24-hour time like "17:00"'],
    ['24:00', { startTime: '24:00' }, 'startTime: use a 24-hour time like "17:00"'],
    ['seconds', { startTime: '17:00:00' }, 'startTime: use a 24-hour time like "17:00"'],
    ['an unknown zone', { timezone: 'Mars/Olympus' }, 'timezone: "Mars/Olympus" is not a time zone we know; use a name like "Europe/Berlin" or "UTC"'],
    ['an abbreviation', { timezone: 'CET' }, 'timezone: "CET" is not a time zone we know; use a name like "Europe/Berlin" or "UTC"'],
    ['an offset', { timezone: '+01:00' }, 'timezone: "+01:00" is not a time zone we know; use a name like "Europe/Berlin" or "UTC"'],
    ['a missing zone', { timezone: undefined }, 'timezone: choose a time zone'],
    ['too short', { durationMinutes: 29 }, 'durationMinutes: a session lasts at least 30 minutes'],
    ['too long', { durationMinutes: 481 }, 'durationMinutes: a session lasts at most 8 hours (480 minutes)'],
    ['fractional minutes', { durationMinutes: 90.5 }, 'durationMinutes: give the duration in whole minutes'],
    ['minutes as text', { durationMinutes: '120' }, 'durationMinutes: give the duration in minutes'],
  ])('rejects %s with a clear message', (_label, change, message) => {
    expect(firstError({ ...firstTuesdayBerlin, ...change })).toBe(message);
  });
});

describe('timezoneSchema', () => {
  it.each(['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Asia/Calcutta', 'Europe/Kyiv', 'America/Argentina/Buenos_Aires', 'UTC'])(
    'accepts %s',
    (zone) => expect(timezoneSchema.parse(zone)).toBe(zone),
  );

  it('trims surrounding space', () => {
    expect(timezoneSchema.parse(' Europe/Berlin ')).toBe('Europe/Berlin');
  });

  it.each(['', 'europe/berlin', 'Berlin', 'GMT+1', 'Etc/GMT+5', 'Europe/Atlantis'])('rejects %j', (zone) => {
    expect(timezoneSchema.safeParse(zone).success).toBe(false);
  });

  it('knows every zone the runtime lists', () => {
    expect(Intl.supportedValuesOf('timeZone').every(isKnownTimezone)).toBe(true);
  });
});

describe('startTimeParts', () => {
  it.each([
    ['17:00', 17, 0],
    ['08:05', 8, 5],
    ['00:00', 0, 0],
    ['23:59', 23, 59],
  ])('%s', (time, hour, minute) => {
    expect(startTimeParts(time)).toEqual({ hour, minute });
  });
});
