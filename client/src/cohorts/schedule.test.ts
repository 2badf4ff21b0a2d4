import { describe, expect, it } from 'vitest';
import type { SessionSummary } from '@peercircle/shared';
import { joinableSessionIds, upcomingSessions } from './schedule';

const hour = 3_600_000;
const session = (id: string, startsAt: number, status: SessionSummary['status'] = 'scheduled'): SessionSummary => ({
  id,
  cohortId: 'c',
  startsAt,
  durationMinutes: 120,
  format: 'consultancy',
  status,
  presenterId: null,
  presenterOverrideId: null,
  doorOpen: false,
});

describe('upcomingSessions', () => {
  it('keeps what is ahead or running, soonest first', () => {
    const now = 100 * hour;
    const sessions = [
      session('later', now + 30 * 24 * hour),
      session('past', now - 10 * hour),
      session('ended', now - hour, 'ended'),
      session('cancelled', now + 24 * hour, 'cancelled'),
      session('soon', now + hour),
      session('under-way', now - hour, 'open'),
    ];
    expect(upcomingSessions(sessions, now).map((s) => s.id)).toEqual(['under-way', 'soon', 'later']);
  });
});

describe('joinableSessionIds', () => {
  it('offers the open ones and the next', () => {
    expect([...joinableSessionIds([session('a', 1), session('b', 2), session('c', 3, 'open')])]).toEqual(['c', 'a']);
    expect(joinableSessionIds([]).size).toBe(0);
  });
});
