import { describe, expect, it } from 'vitest';
import type { AttendanceTrend, MemberAttendance, PresenterRotationFairness, SpeakingEquity } from '@peercircle/shared';
import {
  attendanceChartSummary,
  lastSessionSentence,
  percent,
  rotationSentence,
  speakingChartSummary,
  speakingTime,
  trendSentence,
} from './health-text';

const member = (displayName: string, rate: number | null): MemberAttendance => ({
  memberId: displayName.toLowerCase(),
  displayName,
  sessions: [],
  present: 0,
  late: 0,
  absent: 0,
  rate,
  absentStreak: 0,
});

describe('health text', () => {
  it('formats fractions and durations', () => {
    expect(percent(0.666)).toBe('67%');
    expect(percent(null)).toBe('no data');
    expect(speakingTime(30_000)).toBe('under a minute');
    expect(speakingTime(95 * 60_000)).toBe('1 h 35 min');
  });

  it.each([
    [null, 'No session has ended yet.'],
    [0, 'The last session was today.'],
    [1, 'The last session was yesterday.'],
    [45, 'The last session was 45 days ago.'],
  ])('last session %s days ago', (days, text) => {
    expect(lastSessionSentence(days)).toBe(text);
  });

  it('words the trend', () => {
    const down: AttendanceTrend = { recentRate: 0.5, previousRate: 0.9, direction: 'down' };
    expect(trendSentence(down)).toBe('Attendance is down: 50% over the last 3 sessions, from 90% before.');
    expect(trendSentence({ recentRate: null, previousRate: null, direction: 'not_enough_sessions' })).toMatch(/^Not enough sessions/);
  });

  it('summarises the attendance grid', () => {
    const sessions = [{ sessionId: 's1', startsAt: 0, presenterId: null, attendanceRate: 1 }];
    expect(attendanceChartSummary({ sessions, attendance: [member('Ann', 1), member('Ben', null)] })).toBe(
      'Attendance of 2 members over the last 1 session: Ann 100%, Ben no data.',
    );
    expect(attendanceChartSummary({ sessions: [], attendance: [] })).toBe('Attendance: no ended sessions to show yet.');
  });

  it('summarises speaking shares with the inequality figure', () => {
    const speaking: SpeakingEquity = {
      members: [
        { memberId: 'a', displayName: 'Ann', speakingMs: 600_000, floorMs: 700_000, sessionsAttended: 2, share: 0.6 },
        { memberId: 'b', displayName: 'Ben', speakingMs: 400_000, floorMs: 400_000, sessionsAttended: 2, share: 0.4 },
      ],
      totalSpeakingMs: 1_000_000,
      gini: 0.1,
      balance: 'mostly_even',
      summary: 'Mostly even.',
    };
    expect(speakingChartSummary(speaking)).toBe(
      'Share of speaking time: Ann 60%, Ben 40%. Inequality (Gini coefficient, 0 = perfectly even) 0.10: Mostly even.',
    );
  });

  it('names who has not presented', () => {
    const tally = (memberId: string, displayName: string) => ({
      memberId,
      displayName,
      timesPresented: 0,
      lastPresentedAt: null,
      sessionsSincePresented: null,
    });
    const rotation: PresenterRotationFairness = { members: [tally('a', 'Ann'), tally('b', 'Ben')], neverPresented: ['b'] };
    expect(rotationSentence(rotation)).toBe('Not presented yet: Ben.');
    expect(rotationSentence({ ...rotation, neverPresented: [] })).toBe('Everyone has presented at least once.');
    expect(rotationSentence({ ...rotation, neverPresented: ['a', 'b'] })).toBe('Nobody has presented yet.');
  });
});
