import type { CohortAlert, CohortAlertKind } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { cohortHealth } from './cohort-health';
import type { CohortHealthInput, HealthSession } from './cohort-health-input';
import { allCame, came, circleOfFour, cohortFormedAt, dayMs, ended, member, range, startOf } from './health-test-fixtures';

const everyone = ['ana', 'bo', 'cy', 'di'];

function alertsOf(kind: CohortAlertKind, input: Partial<CohortHealthInput>): CohortAlert[] {
  const sessions = input.sessions ?? [];
  const lastStart = Math.max(cohortFormedAt, ...sessions.map((session) => session.startsAt));
  const report = cohortHealth({ members: circleOfFour, attendance: [], speakingTime: [], now: lastStart + 7 * dayMs, ...input, sessions });
  return report.alerts.filter((alert) => alert.kind === kind);
}

describe('attendance trending down', () => {
  const six = range(1, 6).map((n) => ended(n));

  it('speaks up when the last three sessions are well below the three before', () => {
    const attendance = [...allCame(range(1, 3), everyone), ...allCame(range(4, 6), ['ana', 'bo', 'cy'])];
    expect(alertsOf('attendance_trending_down', { sessions: six, attendance })).toEqual([
      { kind: 'attendance_trending_down', message: 'Attendance has dipped: 75% over the last 3 sessions, down from 100% in the 3 before.' },
    ]);
  });

  it.each<[string, HealthSession[], ReturnType<typeof allCame>]>([
    ['steady attendance', six, allCame(range(1, 6), everyone)],
    ['a single absence', six, [...allCame(range(1, 5), everyone), ...allCame([6], ['ana', 'bo', 'cy'])]],
    ['too few sessions to compare', range(1, 5).map((n) => ended(n)), [...allCame(range(1, 2), everyone), ...allCame(range(3, 5), ['ana'])]],
  ])('stays quiet for %s', (_label, sessions, attendance) => {
    expect(alertsOf('attendance_trending_down', { sessions, attendance })).toEqual([]);
  });
});

describe('a member absent twice in a row', () => {
  const three = range(1, 3).map((n) => ended(n));

  it.each<[string, ReturnType<typeof allCame>, string | null]>([
    ['missed the last two', [...allCame([1], everyone), ...allCame([2, 3], ['ana', 'bo', 'cy'])], 'Di has missed the last 2 sessions. A short personal check-in may help.'],
    ['missed all three', allCame([1, 2, 3], ['ana', 'bo', 'cy']), 'Di has missed the last 3 sessions. A short personal check-in may help.'],
    ['missed two, but not in a row', [...allCame([2], everyone), ...allCame([1, 3], ['ana', 'bo', 'cy'])], null],
    ['missed only the latest', [...allCame([1, 2], everyone), ...allCame([3], ['ana', 'bo', 'cy'])], null],
    ['came back late after missing one', [...allCame([1], everyone), ...allCame([2, 3], ['ana', 'bo', 'cy']), came(3, 'di', 25)], null],
  ])('%s', (_label, attendance, message) => {
    expect(alertsOf('absent_in_a_row', { sessions: three, attendance })).toEqual(message === null ? [] : [{ kind: 'absent_in_a_row', memberId: 'di', message }]);
  });

  it('speaks up for a member invited after the first session was scheduled to start, who missed it and the next', () => {
    const eve = member('eve', startOf(2) + 5 * 60_000);
    const attendance = allCame([1, 2, 3], ['ana', 'bo', 'cy', 'di']);
    expect(alertsOf('absent_in_a_row', { members: [...circleOfFour, eve], sessions: three, attendance })).toEqual([
      { kind: 'absent_in_a_row', memberId: 'eve', message: 'Eve has missed the last 2 sessions. A short personal check-in may help.' },
    ]);
  });

  it('does not count sessions before a member joined as absences', () => {
    const eve = member('eve', startOf(3) - dayMs);
    const attendance = allCame([1, 2, 3], ['ana', 'bo', 'cy', 'di']);
    expect(alertsOf('absent_in_a_row', { members: [...circleOfFour, eve], sessions: three, attendance })).toEqual([]);
  });
});

describe('a member who never presented', () => {
  const presenters = (...ids: (string | null)[]) => ids.map((id, index) => ended(index + 1, id));

  it('speaks up once there have been as many sessions as members', () => {
    expect(alertsOf('never_presented', { sessions: presenters('ana', 'bo', 'cy', 'ana'), attendance: allCame(range(1, 4), everyone) })).toEqual([
      {
        kind: 'never_presented',
        memberId: 'di',
        message: 'Di has not presented yet, after 4 sessions in the circle. They might welcome being offered the next turn.',
      },
    ]);
  });

  it('waits while a first round is still under way', () => {
    expect(alertsOf('never_presented', { sessions: presenters('ana', 'bo', 'cy') })).toEqual([]);
  });

  it('is quiet once everyone has presented', () => {
    expect(alertsOf('never_presented', { sessions: presenters('ana', 'bo', 'cy', 'di', 'ana') })).toEqual([]);
  });

  it('gives a late joiner as many sessions as there are members', () => {
    const eve = member('eve', startOf(3) - dayMs);
    const members = [...circleOfFour, eve];
    expect(alertsOf('never_presented', { members, sessions: presenters('ana', 'bo', 'cy', 'ana', 'bo') }).map((alert) => alert.memberId)).toEqual(['di']);
    expect(alertsOf('never_presented', { members, sessions: presenters('ana', 'bo', 'cy', 'di', 'ana', 'bo', 'cy') }).map((alert) => alert.memberId)).toEqual(['eve']);
  });
});

describe('a long gap without a session', () => {
  const lastMet = startOf(1);
  const gapAlert = (now: number, sessions: HealthSession[] = [ended(1)], members = circleOfFour) =>
    alertsOf('long_gap_without_session', { now, sessions, members }).map((alert) => alert.message);

  it.each<[string, number, HealthSession[], string[]]>([
    ['six weeks exactly', lastMet + 42 * dayMs, [ended(1)], []],
    ['a day more', lastMet + 43 * dayMs, [ended(1)], ['The circle last met 6 weeks ago. No next session is scheduled yet.']],
    [
      'with the next session booked',
      lastMet + 50 * dayMs,
      [ended(1), { id: 's2', startsAt: lastMet + 55 * dayMs, status: 'scheduled', presenterId: null, endedAt: null }],
      ['The circle last met 7 weeks ago. The next one is in 5 days.'],
    ],
    [
      'cancelled sessions do not end a gap',
      lastMet + 60 * dayMs,
      [ended(1), { id: 's2', startsAt: lastMet + 30 * dayMs, status: 'cancelled', presenterId: null, endedAt: null }],
      ['The circle last met 8 weeks ago. No next session is scheduled yet.'],
    ],
    ['a session open right now ends it', lastMet + 60 * dayMs, [ended(1), { id: 's2', startsAt: lastMet + 60 * dayMs - 3_600_000, status: 'open', presenterId: null, endedAt: null }], []],
  ])('%s', (_label, now, sessions, messages) => {
    expect(gapAlert(now, sessions)).toEqual(messages);
  });

  it('counts from the first member joining before any session', () => {
    expect(gapAlert(cohortFormedAt + 50 * dayMs, [])).toEqual(['The circle has not met yet, 7 weeks after its first member joined. No next session is scheduled yet.']);
    expect(gapAlert(cohortFormedAt + 30 * dayMs, [])).toEqual([]);
  });

  it('says nothing for an empty cohort', () => {
    expect(gapAlert(cohortFormedAt + 365 * dayMs, [], [])).toEqual([]);
  });
});

describe('alerts together', () => {
  it('lists the cohort first, then member by member', () => {
    const sessions = range(1, 6).map((n) => ended(n, ['ana', 'bo', 'cy', 'ana', 'bo', 'ana'][n - 1] ?? null));
    const attendance = [...allCame(range(1, 3), everyone), ...allCame(range(4, 6), ['ana', 'bo'])];
    const report = cohortHealth({ members: circleOfFour, sessions, attendance, speakingTime: [], now: startOf(6) + 50 * dayMs });
    expect(report.alerts.map((alert) => [alert.kind, alert.memberId])).toEqual([
      ['long_gap_without_session', undefined],
      ['attendance_trending_down', undefined],
      ['absent_in_a_row', 'cy'],
      ['absent_in_a_row', 'di'],
      ['never_presented', 'di'],
    ]);
  });
});
