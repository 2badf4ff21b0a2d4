import { describe, expect, it } from 'vitest';
import type { CohortDetail } from '@peercircle/shared';
import { settingsPatch } from './cohort-changes';

const cohort = {
  name: 'Berlin CTOs',
  purpose: 'Hard calls, shared',
  defaultFormat: 'consultancy',
  anyMemberMayPause: false,
  cadence: { weekOfMonth: 1, weekday: 'tuesday', startTime: '17:00', timezone: 'Europe/Berlin', durationMinutes: 120 },
  privacyChecklist: ['privateSpace', 'headphones'],
} as CohortDetail;
const unchanged = {
  name: cohort.name,
  purpose: cohort.purpose,
  defaultFormat: cohort.defaultFormat,
  cadence: { ...cohort.cadence },
  privacyChecklist: [...cohort.privacyChecklist],
  anyMemberMayPause: cohort.anyMemberMayPause,
};

describe('settingsPatch', () => {
  it('is null when nothing changed (surrounding spaces do not count)', () => {
    expect(settingsPatch(cohort, { ...unchanged, name: ' Berlin CTOs ' })).toBeNull();
  });
  it('sends the privacy checklist only when the items asked changed, not their order', () => {
    expect(settingsPatch(cohort, { ...unchanged, privacyChecklist: ['headphones', 'privateSpace'] })).toBeNull();
    expect(settingsPatch(cohort, { ...unchanged, privacyChecklist: ['headphones'] })).toEqual({ privacyChecklist: ['headphones'] });
    expect(settingsPatch(cohort, { ...unchanged, privacyChecklist: [] })).toEqual({ privacyChecklist: [] });
  });
  it('sends only the changed fields', () => {
    expect(settingsPatch(cohort, { ...unchanged, defaultFormat: 'council', cadence: { ...cohort.cadence, startTime: '18:00' } })).toEqual({
      defaultFormat: 'council',
      cadence: { ...cohort.cadence, startTime: '18:00' },
    });
  });
  it('sends the pause setting alone when only it changed', () => {
    expect(settingsPatch(cohort, { ...unchanged, anyMemberMayPause: true })).toEqual({ anyMemberMayPause: true });
  });
});
