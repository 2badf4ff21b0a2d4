import { describe, expect, it } from 'vitest';
import { timeZoneChoices, utcOffsetLabel } from './timezone-options';

describe('timeZoneChoices', () => {
  it('includes UTC, zones in use and no duplicates, sorted', () => {
    const zones = timeZoneChoices(['Europe/Kyiv', 'Europe/Berlin', '']);
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Kyiv');
    expect(zones.filter((zone) => zone === 'Europe/Berlin')).toHaveLength(1);
    expect(zones).toEqual([...zones].sort((a, b) => a.localeCompare(b)));
    expect(zones).not.toContain('');
  });
});

describe('utcOffsetLabel', () => {
  it('follows daylight saving time', () => {
    expect(utcOffsetLabel('Europe/Berlin', Date.UTC(2026, 0, 1))).toBe('GMT+01:00');
    expect(utcOffsetLabel('Europe/Berlin', Date.UTC(2026, 6, 1))).toBe('GMT+02:00');
  });
  it('is empty for a name it does not know', () => {
    expect(utcOffsetLabel('Mars/Olympus', 0)).toBe('');
  });
});
