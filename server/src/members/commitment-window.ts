import type { CohortSession } from '../storage/sessions-repository';

type SessionTimes = Pick<CohortSession, 'id' | 'startsAt' | 'status' | 'startedAt'>;

/** A session's circle has begun once its check-in started (or it ended, check-in or not). */
export const hasBegun = (session: SessionTimes): boolean => session.startedAt !== null || session.status === 'ended';

/**
 * Commitments made at a session can be written and changed until the next session of the cohort
 * begins: its check-in is where they are revisited.
 */
export function commitmentsOpen(session: SessionTimes, cohortSessions: readonly SessionTimes[]): boolean {
  return !cohortSessions.some((other) => other.id !== session.id && other.startsAt > session.startsAt && hasBegun(other));
}

/** The session whose commitments a member writes now: the latest one that has begun, if any. */
export function sessionForCommitments<S extends SessionTimes>(cohortSessions: readonly S[]): S | null {
  return cohortSessions.filter(hasBegun).reduce<S | null>((latest, session) => (latest === null || session.startsAt > latest.startsAt ? session : latest), null);
}
