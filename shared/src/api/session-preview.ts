import type { PrivacyItem } from '../cohort/privacy-checklist';
import type { SessionSummary } from './cohort-api';

/** What someone on their way into a cohort session is told about it: when, and who presents. */
export interface SessionPreview {
  sessionId: string;
  cohortName: string;
  startsAt: number;
  durationMinutes: number;
  status: SessionSummary['status'];
  /**
   * Who presents. `settled` once the session has started or the facilitator chose them; before, the
   * rotation's likely pick, which the start confirms among the members present.
   */
  presenter: { id: string; displayName: string; settled: boolean } | null;
  /** What this viewer is asked to confirm at the door: the cohort's checklist for members, nothing for facilitators. */
  privacyChecklist: PrivacyItem[];
  /** When the cohort meets after this session, for the way on once it ends. */
  nextSessionStartsAt: number | null;
}
