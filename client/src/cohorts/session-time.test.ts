import { describe, expect, it } from 'vitest';
import { cohortLocalTime, formatTime, relativeToNow } from './session-time';

const tuesdayBerlin17 = Date.UTC(2026, 2, 3, 16);

describe('formatTime', () => {
  it('shows the time in the zone asked for', () => {
    expect(formatTime(tuesdayBerlin17, { timeZone: 'Europe/Berlin', locale: 'en-GB' })).toBe('17:00');
    expect(formatTime(tuesdayBerlin17, { timeZone: 'America/New_York', locale: 'en-GB' })).toBe('11:00');
  });
});

describe('cohortLocalTime', () => {
  it("names the cohort's time when the viewer's clock differs", () => {
    const text = cohortLocalTime(tuesdayBerlin17, 'Europe/Berlin', 'America/New_York', 'en-GB');
    expect(text).toMatch(/17:00 in Europe\/Berlin$/);
  });
  it('is null when both clocks agree, even under different names', () => {
    expect(cohortLocalTime(tuesdayBerlin17, 'Europe/Berlin', 'Europe/Paris', 'en-GB')).toBeNull();
  });
});

describe('relativeToNow', () => {
  it.each([
    [30 * 60_000, 'in 30 minutes'],
    [5 * 3_600_000, 'in 5 hours'],
    [3 * 86_400_000, 'in 3 days'],
  ])('%i ms ahead → %s', (ahead, text) => {
    expect(relativeToNow(tuesdayBerlin17 + ahead, tuesdayBerlin17, 'en')).toBe(text);
  });
});
