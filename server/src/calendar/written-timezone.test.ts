import { describe, expect, it } from 'vitest';
import { packagedVtimezone, writtenTimezone } from './written-timezone';

const at = (iso: string) => Date.parse(iso);

describe('writtenTimezone', () => {
  it.each<[string, string, string[], string | null]>([
    ['an ordinary Berlin session', 'Europe/Berlin', ['2025-04-01T15:00:00Z', '2025-04-01T17:00:00Z'], 'Europe/Berlin'],
    ['an ordinary New York session', 'America/New_York', ['2025-11-12T17:00:00Z', '2025-11-12T19:00:00Z'], 'America/New_York'],
    ['a zone listed under its old name', 'Asia/Calcutta', ['2025-06-03T11:30:00Z'], 'Asia/Calcutta'],
    ['UTC, which needs no zone', 'UTC', ['2025-06-03T11:30:00Z'], null],
    ['a zone whose packaged rules are stale', 'America/Mexico_City', ['2025-06-03T23:00:00Z'], null],
    ['a zone the package lacks', 'America/Ciudad_Juarez', ['2025-06-03T23:00:00Z'], null],
    ['a start in the repeated hour', 'Europe/Berlin', ['2025-10-26T00:30:00Z', '2025-10-26T02:30:00Z'], null],
    ['an end in the repeated hour', 'Europe/Berlin', ['2025-10-25T22:30:00Z', '2025-10-26T00:30:00Z'], null],
    ['a zone nobody knows', 'Mars/Olympus', ['2025-06-03T23:00:00Z'], null],
  ])('%s', (_label, zone, instants, written) => {
    expect(writtenTimezone(zone, instants.map(at))).toBe(written);
  });
});

describe('packagedVtimezone', () => {
  it('names the component after the zone asked for', () => {
    expect(packagedVtimezone('Asia/Calcutta')).toMatch(/^TZID:Asia\/Calcutta$/m);
    expect(packagedVtimezone('Europe/Berlin')).toMatch(/^TZID:Europe\/Berlin$/m);
  });

  it('has nothing for an unknown zone', () => {
    expect(packagedVtimezone('Mars/Olympus')).toBeNull();
  });
});
