import { startTimeParts, weekdays, weeksOfMonth, type Cadence } from '@peercircle/shared';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { sessionStartInMonth, upcomingSessionStarts } from './cadence-schedule';

const cadence = (change: Partial<Cadence> = {}): Cadence => ({
  weekOfMonth: 1,
  weekday: 'tuesday',
  startTime: '17:00',
  timezone: 'Europe/Berlin',
  durationMinutes: 120,
  ...change,
});

const utc = (iso: string) => Date.parse(iso);
const isoStarts = (c: Cadence, fromIso: string, count: number) =>
  upcomingSessionStarts(c, utc(fromIso), count).map((ms) => new Date(ms).toISOString());

describe('upcomingSessionStarts', () => {
  it.each<[string, Cadence, string, string[]]>([
    [
      'first Tuesday 17:00 Berlin across the March switch (CET → CEST)',
      cadence(),
      '2025-01-01T00:00:00Z',
      ['2025-01-07T16:00:00.000Z', '2025-02-04T16:00:00.000Z', '2025-03-04T16:00:00.000Z', '2025-04-01T15:00:00.000Z'],
    ],
    [
      'first Tuesday 17:00 Berlin across the October switch (CEST → CET)',
      cadence(),
      '2025-09-01T00:00:00Z',
      ['2025-09-02T15:00:00.000Z', '2025-10-07T15:00:00.000Z', '2025-11-04T16:00:00.000Z'],
    ],
    [
      'second Wednesday 12:00 New York across both switches (US dates differ from the EU)',
      cadence({ weekOfMonth: 2, weekday: 'wednesday', startTime: '12:00', timezone: 'America/New_York' }),
      '2025-02-01T00:00:00Z',
      ['2025-02-12T17:00:00.000Z', '2025-03-12T16:00:00.000Z', '2025-04-09T16:00:00.000Z'],
    ],
    [
      'New York in the weeks the US has switched and Europe has not',
      cadence({ weekOfMonth: 'last', weekday: 'friday', startTime: '09:00', timezone: 'America/New_York' }),
      '2025-10-01T00:00:00Z',
      ['2025-10-31T13:00:00.000Z', '2025-11-28T14:00:00.000Z'],
    ],
    [
      'last Friday, months of different lengths',
      cadence({ weekOfMonth: 'last', weekday: 'friday' }),
      '2025-01-01T00:00:00Z',
      ['2025-01-31T16:00:00.000Z', '2025-02-28T16:00:00.000Z', '2025-03-28T16:00:00.000Z', '2025-04-25T15:00:00.000Z'],
    ],
    [
      'last Monday across the year end',
      cadence({ weekOfMonth: 'last', weekday: 'monday', startTime: '10:00', timezone: 'UTC' }),
      '2025-12-01T00:00:00Z',
      ['2025-12-29T10:00:00.000Z', '2026-01-26T10:00:00.000Z'],
    ],
    [
      'last Thursday of February in a leap year is the 29th',
      cadence({ weekOfMonth: 'last', weekday: 'thursday', timezone: 'UTC' }),
      '2024-02-01T00:00:00Z',
      ['2024-02-29T17:00:00.000Z', '2024-03-28T17:00:00.000Z'],
    ],
    [
      'fourth Thursday of February in a leap year',
      cadence({ weekOfMonth: 4, weekday: 'thursday', timezone: 'UTC' }),
      '2024-02-01T00:00:00Z',
      ['2024-02-22T17:00:00.000Z'],
    ],
    [
      'this month\'s session already passed: starts next month',
      cadence(),
      '2025-01-07T16:00:00.001Z',
      ['2025-02-04T16:00:00.000Z'],
    ],
    ['a session starting exactly at fromMs is included', cadence(), '2025-01-07T16:00:00Z', ['2025-01-07T16:00:00.000Z']],
    [
      'the month is the cohort\'s: 1 Feb in Auckland is still 31 Jan in UTC',
      cadence({ weekday: 'monday', startTime: '07:00', timezone: 'Pacific/Auckland' }),
      '2025-01-31T20:00:00Z',
      ['2025-02-02T18:00:00.000Z'],
    ],
    [
      'a time missing on the spring-forward night moves forward by the gap (Berlin 02:30 → 03:30 CEST)',
      cadence({ weekOfMonth: 'last', weekday: 'sunday', startTime: '02:30' }),
      '2025-03-01T00:00:00Z',
      ['2025-03-30T01:30:00.000Z', '2025-04-27T00:30:00.000Z'],
    ],
    [
      'the same in New York (02:30 → 03:30 EDT)',
      cadence({ weekOfMonth: 2, weekday: 'sunday', startTime: '02:30', timezone: 'America/New_York' }),
      '2025-03-01T00:00:00Z',
      ['2025-03-09T07:30:00.000Z'],
    ],
    [
      'a half-hour DST gap moves it by half an hour (Lord Howe 02:15 → 02:45)',
      cadence({ weekOfMonth: 1, weekday: 'sunday', startTime: '02:15', timezone: 'Australia/Lord_Howe' }),
      '2025-10-01T00:00:00Z',
      ['2025-10-04T15:45:00.000Z'],
    ],
    [
      'a time repeated on the fall-back night is its first occurrence (Berlin 02:30 CEST)',
      cadence({ weekOfMonth: 'last', weekday: 'sunday', startTime: '02:30' }),
      '2025-10-01T00:00:00Z',
      ['2025-10-26T00:30:00.000Z', '2025-11-30T01:30:00.000Z'],
    ],
    [
      'the same in New York (01:30 EDT)',
      cadence({ weekOfMonth: 1, weekday: 'sunday', startTime: '01:30', timezone: 'America/New_York' }),
      '2025-11-01T00:00:00Z',
      ['2025-11-02T05:30:00.000Z'],
    ],
  ])('%s', (_label, c, fromIso, expected) => {
    expect(isoStarts(c, fromIso, expected.length)).toEqual(expected);
  });

  it('returns nothing when asked for nothing', () => {
    expect(upcomingSessionStarts(cadence(), utc('2025-01-01T00:00:00Z'), 0)).toEqual([]);
  });

  it.each([-1, 1.5, Number.NaN])('refuses count %d', (count) => {
    expect(() => upcomingSessionStarts(cadence(), 0, count)).toThrow(RangeError);
  });

  it('refuses a start that is not a time', () => {
    expect(() => upcomingSessionStarts(cadence(), Number.NaN, 1)).toThrow(RangeError);
  });
});

describe('upcomingSessionStarts, for any cadence', () => {
  // Zones with 1 h and 30 min DST shifts, southern-hemisphere summers, the date line and none at all.
  const zones = ['Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Asia/Kolkata', 'UTC'];
  const anyCadence: fc.Arbitrary<Cadence> = fc.record({
    weekOfMonth: fc.constantFrom(...weeksOfMonth),
    weekday: fc.constantFrom(...weekdays),
    startTime: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    timezone: fc.constantFrom(...zones),
    durationMinutes: fc.constant(120),
  });
  const anyMoment = fc.integer({ min: utc('2000-01-01T00:00:00Z'), max: utc('2040-01-01T00:00:00Z') });

  it('falls on the right weekday, week of the month and local time, once a month, missing none', () => {
    fc.assert(
      fc.property(anyCadence, anyMoment, fc.integer({ min: 1, max: 14 }), (c, fromMs, count) => {
        const starts = upcomingSessionStarts(c, fromMs, count);
        expect(starts).toHaveLength(count);
        const locals = starts.map((ms) => DateTime.fromMillis(ms, { zone: c.timezone }));
        const { hour, minute } = startTimeParts(c.startTime);

        locals.forEach((local, index) => {
          expect(local.weekday).toBe(weekdays.indexOf(c.weekday) + 1);
          if (c.weekOfMonth === 'last') expect(local.day + 7).toBeGreaterThan(local.daysInMonth ?? 31);
          else expect(Math.ceil(local.day / 7)).toBe(c.weekOfMonth);
          const nominal = DateTime.fromObject({ year: local.year, month: local.month, day: local.day, hour, minute }, { zone: c.timezone });
          if (nominal.hour === hour && nominal.minute === minute) {
            expect([local.hour, local.minute]).toEqual([hour, minute]);
            expect(local.toMillis()).toBe(Math.min(...local.getPossibleOffsets().map((option) => option.toMillis())));
          } else {
            const offsetBeforeGap = DateTime.fromMillis(local.toMillis() - 12 * 3_600_000, { zone: c.timezone }).offset;
            expect(local.toMillis()).toBe(Date.UTC(local.year, local.month - 1, local.day, hour, minute) - offsetBeforeGap * 60_000);
          }
          if (index > 0) expect(local.startOf('month').toISODate()).toBe(locals[index - 1]?.plus({ months: 1 }).startOf('month').toISODate());
        });

        expect(starts[0]).toBeGreaterThanOrEqual(fromMs);
        const first = locals[0] ?? DateTime.invalid('none');
        const monthBefore = first.minus({ months: 1 });
        expect(sessionStartInMonth(c, monthBefore.year, monthBefore.month)).toBeLessThan(fromMs);
      }),
      { numRuns: 200 },
    );
  });
});
