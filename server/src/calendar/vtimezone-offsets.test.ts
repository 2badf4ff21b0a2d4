import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { vtimezoneOffsetAt } from './vtimezone-offsets';

const component = (zone: string) => getVtimezoneComponent(zone) ?? '';
const at = (iso: string) => Date.parse(iso);

describe('vtimezoneOffsetAt', () => {
  it.each<[string, string, string, number]>([
    ['Berlin in winter', 'Europe/Berlin', '2025-01-15T12:00:00Z', 60],
    ['Berlin a minute before the March switch', 'Europe/Berlin', '2025-03-30T00:59:00Z', 60],
    ['Berlin at the March switch', 'Europe/Berlin', '2025-03-30T01:00:00Z', 120],
    ['Berlin a minute before the October switch', 'Europe/Berlin', '2025-10-26T00:59:00Z', 120],
    ['Berlin at the October switch', 'Europe/Berlin', '2025-10-26T01:00:00Z', 60],
    ['New York before its March switch', 'America/New_York', '2025-03-09T06:59:00Z', -300],
    ['New York after its March switch', 'America/New_York', '2025-03-09T07:00:00Z', -240],
    ['New York after its November switch', 'America/New_York', '2025-11-02T06:00:00Z', -300],
    ['Sydney in January: summer time began the October before', 'Australia/Sydney', '2025-01-15T00:00:00Z', 660],
    ['Sydney in July', 'Australia/Sydney', '2025-07-15T00:00:00Z', 600],
    ['Lord Howe, half an hour of DST', 'Australia/Lord_Howe', '2025-01-15T00:00:00Z', 660],
    ['Kolkata, one fixed offset', 'Asia/Kolkata', '2025-07-15T00:00:00Z', 330],
  ])('%s', (_label, zone, iso, offset) => {
    expect(vtimezoneOffsetAt(component(zone), at(iso))).toBe(offset);
  });

  const minimal = (rule: string) =>
    ['BEGIN:VTIMEZONE', 'TZID:Test/Zone', 'BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'DTSTART:19701025T030000', rule, 'END:STANDARD', 'END:VTIMEZONE'].join('\r\n');

  it.each<[string, string]>([
    ['an RDATE observance', minimal('RDATE:20251026T030000')],
    ['a rule with an end', minimal('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20300101T000000Z')],
    ['a monthly rule', minimal('RRULE:FREQ=MONTHLY;BYMONTH=10;BYDAY=-1SU')],
    ['a rule without an ordinal weekday', minimal('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=SU')],
    ['no observances', 'BEGIN:VTIMEZONE\r\nTZID:Test/Zone\r\nEND:VTIMEZONE'],
  ])('cannot tell for %s', (_label, text) => {
    expect(vtimezoneOffsetAt(text, at('2025-07-01T00:00:00Z'))).toBeNull();
  });

  it('cannot tell before the first observance begins', () => {
    expect(vtimezoneOffsetAt(component('Europe/Berlin'), at('1960-01-01T00:00:00Z'))).toBeNull();
  });

  it('agrees with the tz database for zones whose rules have not changed since the package was built', () => {
    const zones = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'Australia/Sydney', 'Australia/Lord_Howe', 'Pacific/Auckland', 'Asia/Tokyo', 'Asia/Kolkata'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: at('2024-01-01T00:00:00Z'), max: at('2030-01-01T00:00:00Z') }), (zone, instant) => {
        expect(vtimezoneOffsetAt(component(zone), instant)).toBe(DateTime.fromMillis(instant, { zone }).offset);
      }),
      { numRuns: 500 },
    );
  });
});
