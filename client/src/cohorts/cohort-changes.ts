import { inChecklistOrder, type Cadence, type CohortDetail, type PrivacyItem, type UpdateCohort } from '@peercircle/shared';

export interface CohortSettingsDraft {
  name: string;
  purpose: string;
  defaultFormat: string;
  cadence: Cadence;
  privacyChecklist: PrivacyItem[];
  anyMemberMayPause: boolean;
  /** The three monthly-update areas; left out, unchanged. */
  updateAreaNames?: string[];
}

const sameItems = (a: readonly PrivacyItem[], b: readonly PrivacyItem[]) => inChecklistOrder(a).join() === inChecklistOrder(b).join();

const sameCadence = (a: Cadence, b: Cadence) =>
  a.weekOfMonth === b.weekOfMonth &&
  a.weekday === b.weekday &&
  a.startTime === b.startTime &&
  a.timezone === b.timezone &&
  a.durationMinutes === b.durationMinutes;

/** Only what changed, so saving the name never re-sends (and re-plans) an untouched cadence. */
export function settingsPatch(cohort: CohortDetail, draft: CohortSettingsDraft): UpdateCohort | null {
  const patch: UpdateCohort = {};
  if (draft.name.trim() !== cohort.name) patch.name = draft.name;
  if (draft.purpose.trim() !== cohort.purpose) patch.purpose = draft.purpose;
  if (draft.defaultFormat !== cohort.defaultFormat) patch.defaultFormat = draft.defaultFormat as UpdateCohort['defaultFormat'];
  if (!sameCadence(draft.cadence, cohort.cadence)) patch.cadence = draft.cadence;
  if (!sameItems(draft.privacyChecklist, cohort.privacyChecklist)) patch.privacyChecklist = inChecklistOrder(draft.privacyChecklist);
  if (draft.anyMemberMayPause !== cohort.anyMemberMayPause) patch.anyMemberMayPause = draft.anyMemberMayPause;
  if (draft.updateAreaNames && draft.updateAreaNames.map((name) => name.trim()).join('\n') !== cohort.updateAreaNames.join('\n')) {
    patch.updateAreaNames = draft.updateAreaNames;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}
