import type { SessionSummary } from '@peercircle/shared';

/** Sessions still ahead or under way, soonest first. */
export function upcomingSessions(sessions: readonly SessionSummary[], now: number): SessionSummary[] {
  return sessions
    .filter((session) => session.status === 'open' || (session.status === 'scheduled' && endOf(session) > now))
    .sort((a, b) => a.startsAt - b.startsAt);
}

const endOf = (session: SessionSummary) => session.startsAt + session.durationMinutes * 60_000;

/**
 * Which sessions get a "Join session" link: any that is open now, and the next one. Months-away
 * sessions get none, so the page does not offer a dozen identical links.
 */
export function joinableSessionIds(upcoming: readonly SessionSummary[]): Set<string> {
  const ids = new Set(upcoming.filter((session) => session.status === 'open').map((session) => session.id));
  const next = upcoming[0];
  if (next) ids.add(next.id);
  return ids;
}
