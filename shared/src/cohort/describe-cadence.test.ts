import { describe, expect, it } from 'vitest';
import type { Cadence } from './cadence';
import { describeCadence, describeDuration } from './describe-cadence';

describe('describeCadence', () => {
  it.each<[Cadence, string]>([
    [
      { weekOfMonth: 1, weekday: 'tuesday', startTime: '17:00', timezone: 'Europe/Berlin', durationMinutes: 120 },
      'First Tuesday of each month, 17:00 (Europe/Berlin), 2 h',
    ],
    [
      { weekOfMonth: 'last', weekday: 'friday', startTime: '08:30', timezone: 'America/New_York', durationMinutes: 90 },
      'Last Friday of each month, 08:30 (America/New_York), 1 h 30 min',
    ],
    [
      { weekOfMonth: 3, weekday: 'sunday', startTime: '12:00', timezone: 'UTC', durationMinutes: 45 },
      'Third Sunday of each month, 12:00 (UTC), 45 min',
    ],
  ])('%o', (cadence, description) => {
    expect(describeCadence(cadence)).toBe(description);
  });
});

describe('describeDuration', () => {
  it.each([
    [30, '30 min'],
    [60, '1 h'],
    [75, '1 h 15 min'],
    [120, '2 h'],
    [480, '8 h'],
  ])('%i minutes → %s', (minutes, text) => {
    expect(describeDuration(minutes)).toBe(text);
  });
});
