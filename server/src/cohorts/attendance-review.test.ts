import type { SessionAttendance } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { attendanceMarks, attendanceTrend, memberAttendance, pooledRate, reviewedSessions } from './attendance-review';
import type { HealthAttendance } from './cohort-health-input';
import { allCame, ana, bo, came, circleOfFour, cy, di, ended, member, minuteMs, range, startOf } from './health-test-fixtures';

describe('a member\'s mark for one session', () => {
  const markOf = (records: HealthAttendance[], who = ana) => attendanceMarks([who], [ended(1)], records).get(who.id)?.[0];

  it.each<[string, HealthAttendance[], Omit<SessionAttendance, 'sessionId'>]>([
    ['on time', [came(1, 'ana', 0, 120)], { mark: 'present', arrivedMinutesAfterStart: 0, minutesPresent: 120 }],
    ['early', [came(1, 'ana', -5, 125)], { mark: 'present', arrivedMinutesAfterStart: -5, minutesPresent: 125 }],
    ['10 minutes after the start is still on time', [came(1, 'ana', 10, 110)], { mark: 'present', arrivedMinutesAfterStart: 10, minutesPresent: 110 }],
    ['a second later is late', [came(1, 'ana', 10 + 1 / 60, 110)], { mark: 'late', arrivedMinutesAfterStart: 11, minutesPresent: 110 }],
    ['very late, briefly', [came(1, 'ana', 95, 25)], { mark: 'late', arrivedMinutesAfterStart: 95, minutesPresent: 25 }],
    ['not there', [], { mark: 'absent', arrivedMinutesAfterStart: null, minutesPresent: null }],
    ['someone else there', [came(1, 'bo')], { mark: 'absent', arrivedMinutesAfterStart: null, minutesPresent: null }],
    [
      'a reconnect leaves two rows: first arrival, time added up',
      [came(1, 'ana', 30, 40), came(1, 'ana', 2, 50)],
      { mark: 'present', arrivedMinutesAfterStart: 2, minutesPresent: 90 },
    ],
  ])('%s', (_label, records, expected) => {
    expect(markOf(records)).toEqual({ sessionId: 's1', ...expected });
  });

  it('does not count a session that ended before the member joined', () => {
    expect(markOf([], member('eve', ended(1).endedAt! + 1))?.mark).toBe('not_yet_member');
  });

  it('marks absent a member invited after the scheduled start, while the session was held, who never came', () => {
    expect(markOf([], member('eve', startOf(1) + 1))?.mark).toBe('absent');
    expect(markOf([], member('eve', ended(1).endedAt!))?.mark).toBe('absent');
  });

  it('counts a session the member joined the cohort during, if they came', () => {
    expect(markOf([came(1, 'eve', 20)], member('eve', startOf(1) + 5 * minuteMs))?.mark).toBe('late');
  });
});

describe('memberAttendance', () => {
  const eve = member('eve', startOf(4) - 1);
  const sessions = range(1, 8).map((n) => ended(n));
  const records = [
    ...allCame(range(1, 8), ['ana']),
    ...allCame([1, 2, 3, 4, 5, 6], ['bo']), // then absent twice
    ...allCame([1, 5, 6, 7, 8], ['cy']), // absent 2 (before the last six) and 4
    came(3, 'cy', 15), // late
    came(8, 'eve'), // absent 4–7 but only belonged from 4
  ];
  const rows = memberAttendance([ana, bo, cy, eve], attendanceMarks([ana, bo, cy, eve], sessions, records), 6);
  const row = (id: string) => rows.find((entry) => entry.memberId === id);

  it.each<[string, { present: number; late: number; absent: number; rate: number | null; absentStreak: number }]>([
    ['ana', { present: 6, late: 0, absent: 0, rate: 1, absentStreak: 0 }],
    ['bo', { present: 4, late: 0, absent: 2, rate: 4 / 6, absentStreak: 2 }],
    ['cy', { present: 4, late: 1, absent: 1, rate: 5 / 6, absentStreak: 0 }],
    ['eve', { present: 1, late: 0, absent: 4, rate: 1 / 5, absentStreak: 0 }],
  ])('%s over the last six sessions', (id, expected) => {
    expect(row(id)).toMatchObject(expected);
    expect(row(id)?.sessions.map((entry) => entry.sessionId)).toEqual(['s3', 's4', 's5', 's6', 's7', 's8']);
  });

  it('marks the sessions before a late joiner joined as not theirs', () => {
    expect(row('eve')?.sessions.map((entry) => entry.mark)).toEqual(['not_yet_member', 'absent', 'absent', 'absent', 'absent', 'present']);
  });

  it('counts a run of absences further back than the review', () => {
    const longAbsence = memberAttendance([di], attendanceMarks([di], sessions, allCame([1], ['di'])), 3);
    expect(longAbsence[0]).toMatchObject({ absent: 3, absentStreak: 7, rate: 0 });
  });

  it('has no rate for a member who joined after every reviewed session', () => {
    const newcomer = member('fay', startOf(9));
    expect(memberAttendance([newcomer], attendanceMarks([newcomer], sessions, []), 6)[0]).toMatchObject({ rate: null, absentStreak: 0, absent: 0 });
  });
});

describe('session rates and the trend', () => {
  const marksFor = (sessionCount: number, records: HealthAttendance[], members = circleOfFour) =>
    attendanceMarks(members, range(1, sessionCount).map((n) => ended(n)), records);

  it('rates a session by the members who belonged to the cohort then', () => {
    const eve = member('eve', startOf(2) - 1);
    const marks = marksFor(2, [...allCame([1], ['ana', 'bo']), ...allCame([2], ['ana', 'bo', 'cy', 'eve'])], [...circleOfFour, eve]);
    expect(reviewedSessions(range(1, 2).map((n) => ended(n, 'ana')), marks, 6)).toEqual([
      { sessionId: 's1', startsAt: startOf(1), presenterId: 'ana', attendanceRate: 0.5 },
      { sessionId: 's2', startsAt: startOf(2), presenterId: 'ana', attendanceRate: 0.8 },
    ]);
  });

  it('has no rate for a session nobody was expected at', () => {
    expect(pooledRate(marksFor(1, [], [member('eve', startOf(2))]), [0])).toBeNull();
  });

  const fourCame = (n: number) => allCame([n], ['ana', 'bo', 'cy', 'di']);
  const threeCame = (n: number) => allCame([n], ['ana', 'bo', 'cy']);
  const twoCame = (n: number) => allCame([n], ['ana', 'bo']);

  it.each<[string, number, HealthAttendance[], { recentRate: number | null; previousRate: number | null; direction: string }]>([
    ['no sessions yet', 0, [], { recentRate: null, previousRate: null, direction: 'not_enough_sessions' }],
    ['fewer than six sessions', 5, range(1, 5).flatMap(fourCame), { recentRate: 1, previousRate: null, direction: 'not_enough_sessions' }],
    ['full and steady', 6, range(1, 6).flatMap(fourCame), { recentRate: 1, previousRate: 1, direction: 'steady' }],
    ['one fewer each time: down by 25 points', 6, [...range(1, 3).flatMap(fourCame), ...range(4, 6).flatMap(threeCame)], { recentRate: 0.75, previousRate: 1, direction: 'down' }],
    ['one absence in three sessions: steady', 6, [...range(1, 3).flatMap(fourCame), ...fourCame(4), ...fourCame(5), ...threeCame(6)], { recentRate: 11 / 12, previousRate: 1, direction: 'steady' }],
    ['recovering', 6, [...range(1, 3).flatMap(twoCame), ...range(4, 6).flatMap(fourCame)], { recentRate: 1, previousRate: 0.5, direction: 'up' }],
    ['only the last six count', 7, [...range(1, 1).flatMap(twoCame), ...range(2, 7).flatMap(fourCame)], { recentRate: 1, previousRate: 1, direction: 'steady' }],
  ])('%s', (_label, sessionCount, records, expected) => {
    expect(attendanceTrend(sessionCount, marksFor(sessionCount, records))).toEqual(expected);
  });

  it('calls a drop of exactly 20 points a dip', () => {
    const five = [...circleOfFour, member('eve')];
    const records = [...range(1, 3).flatMap((n) => allCame([n], five.map((m) => m.id))), ...range(4, 6).flatMap((n) => allCame([n], ['ana', 'bo', 'cy', 'di']))];
    expect(attendanceTrend(6, attendanceMarks(five, range(1, 6).map((n) => ended(n)), records))).toMatchObject({ recentRate: 0.8, direction: 'down' });
  });

  it('ignores attendance rows of people who are not members', () => {
    expect(pooledRate(marksFor(1, [...allCame([1], ['ana', 'bo', 'cy', 'di']), came(1, 'facilitator')]), [0])).toBe(1);
  });

});
