import { describe, expect, it } from 'vitest';
import { cadenceSentence, checkCadence, defaultCadenceDraft, draftFromCadence } from './cadence-draft';

describe('cadence drafts', () => {
  it('describes the default rhythm', () => {
    expect(cadenceSentence(defaultCadenceDraft('Europe/Berlin'))).toBe('First Tuesday of each month, 17:00 (Europe/Berlin), 2 h');
  });
  it('reads "last" and numbers from the selects', () => {
    const check = checkCadence({ ...defaultCadenceDraft('UTC'), weekOfMonth: 'last', durationMinutes: ' 90 ' });
    expect(check).toEqual({
      ok: true,
      cadence: { weekOfMonth: 'last', weekday: 'tuesday', startTime: '17:00', timezone: 'UTC', durationMinutes: 90 },
    });
  });
  it('names the fields to fix', () => {
    const check = checkCadence({ ...defaultCadenceDraft('UTC'), startTime: '', durationMinutes: '' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toEqual({
      startTime: 'Use a 24-hour time like "17:00".',
      durationMinutes: 'Give the duration in minutes.',
    });
    expect(cadenceSentence({ ...defaultCadenceDraft('UTC'), durationMinutes: '10' })).toBeNull();
  });
  it('round-trips a saved cadence', () => {
    const cadence = { weekOfMonth: 3, weekday: 'friday', startTime: '08:30', timezone: 'Asia/Kolkata', durationMinutes: 45 } as const;
    expect(checkCadence(draftFromCadence(cadence))).toEqual({ ok: true, cadence });
  });
});
