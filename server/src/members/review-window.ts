import { meetingReviewRules } from '@peercircle/shared';
import type { CohortSession } from '../storage/sessions-repository';

export type ReviewWindow = 'not_yet' | 'open' | 'closed';

const dayMs = 86_400_000;

/**
 * When members may rate a session: from its closing phase (`closingNow`, read from the live circle)
 * until `openForDays` after it ended. A cancelled session, or one ended without a recorded end, is closed.
 */
export function reviewWindow(session: Pick<CohortSession, 'status' | 'endedAt'>, closingNow: boolean, now: number): ReviewWindow {
  if (session.status === 'ended') {
    return session.endedAt !== null && now <= session.endedAt + meetingReviewRules.openForDays * dayMs ? 'open' : 'closed';
  }
  if (session.status === 'cancelled') return 'closed';
  return session.status === 'open' && closingNow ? 'open' : 'not_yet';
}

/** Whether the session's answers may still change: the health view says so rather than alerting early. */
export const reviewStillOpen = (session: Pick<CohortSession, 'status' | 'endedAt'>, now: number): boolean =>
  reviewWindow(session, false, now) === 'open';
