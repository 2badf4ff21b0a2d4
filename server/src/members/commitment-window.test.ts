import { describe, expect, it } from 'vitest';
import { commitmentsOpen, sessionForCommitments } from './commitment-window';

const DAY = 86_400_000;
type Times = Parameters<typeof commitmentsOpen>[0];
const session = (id: string, day: number, state: 'scheduled' | 'open' | 'begun' | 'ended' | 'cancelled'): Times => ({
  id,
  startsAt: day * DAY,
  status: state === 'begun' ? 'open' : state,
  startedAt: state === 'begun' || state === 'ended' ? day * DAY + 60_000 : null,
});

describe('the commitments of a session', () => {
  const march = session('march', 30, 'ended');

  it.each<[string, Times[], boolean]>([
    ['while it runs (the closing round)', [session('march', 30, 'begun'), session('april', 60, 'scheduled')], true],
    ['after it ended, before the next session', [march, session('april', 60, 'scheduled')], true],
    ['while the facilitator has opened the next one, before its check-in', [march, session('april', 60, 'open')], true],
    ['once the next check-in has started', [march, session('april', 60, 'begun')], false],
    ['once the next session has ended', [march, session('april', 60, 'ended')], false],
    ['not closed by an earlier session held late', [march, session('february', 10, 'ended')], true],
    ['not closed by a cancelled one', [march, session('april', 60, 'cancelled')], true],
  ])('can be written %s', (_when, sessions, open) => {
    expect(commitmentsOpen(sessions[0]!, sessions)).toBe(open);
  });
});

describe('the session a member writes commitments for', () => {
  it('is the latest one that has begun', () => {
    const sessions = [session('feb', 0, 'ended'), session('march', 30, 'ended'), session('april', 60, 'begun'), session('may', 90, 'scheduled')];
    expect(sessionForCommitments(sessions)?.id).toBe('april');
    expect(sessionForCommitments(sessions.slice(0, 2))?.id).toBe('march');
  });

  it('is none before the first session began', () => {
    expect(sessionForCommitments([session('feb', 0, 'open'), session('march', 30, 'scheduled')])).toBeNull();
  });
});
