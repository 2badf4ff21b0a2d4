import type { CohortHealthReport } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { cohortHealth } from './cohort-health';
import type { CohortHealthInput, HealthSession } from './cohort-health-input';
import { allCame, circleOfFour, cohortFormedAt, dayMs, ended, range, spoke, startOf } from './health-test-fixtures';

const everyone = ['ana', 'bo', 'cy', 'di'];

describe('cohortHealth', () => {
  it('reports a new cohort with no sessions yet without inventing figures', () => {
    const report = cohortHealth({ members: circleOfFour, sessions: [], attendance: [], speakingTime: [], now: cohortFormedAt + 10 * dayMs });
    expect(report).toEqual<CohortHealthReport>({
      generatedAt: cohortFormedAt + 10 * dayMs,
      sessions: [],
      attendance: circleOfFour.map((member) => ({
        memberId: member.id,
        displayName: member.displayName,
        sessions: [],
        present: 0,
        late: 0,
        absent: 0,
        rate: null,
        absentStreak: 0,
      })),
      attendanceTrend: { recentRate: null, previousRate: null, direction: 'not_enough_sessions' },
      daysSinceLastSession: null,
      rotation: {
        members: circleOfFour.map((member) => ({
          memberId: member.id,
          displayName: member.displayName,
          timesPresented: 0,
          lastPresentedAt: null,
          sessionsSincePresented: null,
        })),
        neverPresented: everyone,
      },
      speaking: {
        members: circleOfFour.map((member) => ({ memberId: member.id, displayName: member.displayName, speakingMs: 0, floorMs: 0, sessionsAttended: 0, share: null })),
        totalSpeakingMs: 0,
        gini: null,
        balance: 'not_enough_data',
        summary: 'Not enough speaking time recorded yet to compare.',
      },
      meetingReviews: [],
      alerts: [],
    });
  });

  const rotation = ['ana', 'bo', 'cy', 'di', 'ana', 'bo', 'cy', 'di'];
  const healthy: CohortHealthInput = {
    members: circleOfFour,
    sessions: range(1, 8).map((n) => ended(n, rotation[n - 1] ?? null)),
    attendance: allCame(range(1, 8), everyone),
    speakingTime: range(1, 8).flatMap((n) => everyone.map((id) => spoke(n, id, 20))),
    now: startOf(8) + 2.9 * dayMs,
  };

  it('finds nothing to flag in a healthy circle', () => {
    const report = cohortHealth(healthy);
    expect(report.alerts).toEqual([]);
    expect(report.attendanceTrend).toEqual({ recentRate: 1, previousRate: 1, direction: 'steady' });
    expect(report.speaking).toMatchObject({ gini: 0, balance: 'even' });
    expect(report.rotation.neverPresented).toEqual([]);
  });

  it('reviews the last six ended sessions by default, oldest first', () => {
    const report = cohortHealth(healthy);
    expect(report.sessions.map((session) => [session.sessionId, session.attendanceRate])).toEqual(range(3, 8).map((n) => [`s${n}`, 1]));
    expect(report.attendance[0]?.sessions).toHaveLength(6);
  });

  it('narrows the attendance table and speaking time to `lookback`, but not the rotation', () => {
    const report = cohortHealth({ ...healthy, lookback: 3 });
    expect(report.sessions.map((session) => session.sessionId)).toEqual(['s6', 's7', 's8']);
    expect(report.attendance[0]).toMatchObject({ present: 3, rate: 1 });
    expect(report.speaking.totalSpeakingMs).toBe(3 * 4 * 20 * 60_000);
    expect(report.rotation.members[0]).toMatchObject({ memberId: 'ana', timesPresented: 2, sessionsSincePresented: 3 });
  });

  it('counts whole days since the last ended session', () => {
    expect(cohortHealth(healthy).daysSinceLastSession).toBe(2);
  });

  it('counts only ended sessions, in time order, whatever order they arrive in', () => {
    const extra: HealthSession[] = [
      { id: 'open', startsAt: startOf(9), status: 'open', presenterId: 'ana', endedAt: null },
      { id: 'later', startsAt: startOf(10), status: 'scheduled', presenterId: null, endedAt: null },
      { id: 'off', startsAt: startOf(7) + dayMs, status: 'cancelled', presenterId: 'di', endedAt: null },
    ];
    const report = cohortHealth({ ...healthy, sessions: [...extra, ...[...healthy.sessions].reverse()], now: startOf(9) + 3_600_000 });
    expect(report.sessions.map((session) => session.sessionId)).toEqual(range(3, 8).map((n) => `s${n}`));
    expect(report.rotation.members.map((entry) => entry.timesPresented)).toEqual([2, 2, 2, 2]);
    expect(report.daysSinceLastSession).toBe(31);
  });

  it('leaves its inputs untouched and produces plain JSON', () => {
    const frozen = Object.freeze({ ...healthy, sessions: Object.freeze([...healthy.sessions].reverse()) });
    const report = cohortHealth(frozen);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('adds the meeting review of each reviewed session beside who came, and its decay alerts', () => {
    const rated = (n: number, ...ratings: number[]) => ratings.map((rating) => ({ sessionId: `s${n}`, rating, comment: null }));
    // Sessions 6–8: the average falls 9 → 7 → 6.5; in session 8 only 4 of 4 present answered, so no low-answer alert.
    const reviewAnswers = [...rated(5, 8, 8), ...rated(6, 9, 9, 9, 9), ...rated(7, 7, 7, 7, 7), ...rated(8, 6, 7, 6, 7)];
    const report = cohortHealth({ ...healthy, reviewAnswers });
    expect(report.meetingReviews.map((review) => review.sessionId)).toEqual(range(3, 8).map((n) => `s${n}`));
    expect(report.meetingReviews[2]).toEqual({ sessionId: 's5', startsAt: startOf(5), answered: 2, hidden: true, present: 4, stillOpen: false });
    expect(report.meetingReviews[5]).toMatchObject({ sessionId: 's8', answered: 4, hidden: false, average: 6.5, lowest: 6, highest: 7, present: 4, stillOpen: true });
    expect(report.alerts.map((alert) => alert.kind)).toEqual(['review_average_falling']);
  });

  it.each([0, -1, 2.5])('refuses a lookback of %d', (lookback) => {
    expect(() => cohortHealth({ ...healthy, lookback })).toThrow(RangeError);
  });
});
