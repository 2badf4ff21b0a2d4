import type { SessionPreview, SessionSummary } from '@peercircle/shared';

/** A session gets its Join button this long before it starts. */
export const JOIN_OPENS_BEFORE_MS = 15 * 60_000;

/** Whether to offer Join now: the session is open, or starts within 15 minutes (and has not run its course). */
export function joinableNow(session: Pick<SessionSummary, 'status' | 'startsAt' | 'durationMinutes'> | null, now: number): boolean {
  if (!session) return false;
  if (session.status === 'open') return true;
  if (session.status !== 'scheduled') return false;
  return session.startsAt - JOIN_OPENS_BEFORE_MS <= now && now < session.startsAt + session.durationMinutes * 60_000;
}

/** Who presents, said to this viewer; null when nobody is chosen yet. */
export function describePresenter(presenter: SessionPreview['presenter'], viewerId: string | null): string | null {
  if (!presenter) return null;
  const you = presenter.id === viewerId;
  if (presenter.settled) return you ? 'You are presenting' : `Presenting: ${presenter.displayName}`;
  return you ? 'You are likely to present (by rotation)' : `Likely to present (by rotation): ${presenter.displayName}`;
}
