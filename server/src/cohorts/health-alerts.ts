import {
  cohortHealthRules,
  type AttendanceTrend,
  type CohortAlert,
  type MemberAttendance,
  type PresenterRotationFairness,
} from '@peercircle/shared';
import type { AttendanceMarks } from './attendance-review';
import type { HealthMember, HealthSession } from './cohort-health-input';

const dayMs = 86_400_000;

export interface AlertFacts {
  members: readonly HealthMember[];
  sessions: readonly HealthSession[];
  marks: AttendanceMarks;
  attendance: readonly MemberAttendance[];
  trend: AttendanceTrend;
  rotation: PresenterRotationFairness;
  now: number;
}

/** What a facilitator may want to act on: the cohort as a whole first, then member by member. */
export function healthAlerts(facts: AlertFacts): CohortAlert[] {
  return [
    ...longGapAlert(facts),
    ...trendAlert(facts.trend),
    ...facts.members.flatMap((member) => [...absenceAlert(member, facts), ...neverPresentedAlert(member, facts)]),
  ];
}

/** Measured from the last session held (an open one counts), or from the first member joining. */
function longGapAlert({ members, sessions, now }: AlertFacts): CohortAlert[] {
  const held = sessions.filter((session) => (session.status === 'ended' || session.status === 'open') && session.startsAt <= now);
  const lastHeldAt = held.length === 0 ? null : Math.max(...held.map((session) => session.startsAt));
  const since = lastHeldAt ?? (members.length === 0 ? null : Math.min(...members.map((member) => member.joinedAt)));
  if (since === null || now - since <= cohortHealthRules.longGapDays * dayMs) return [];

  const weeks = Math.floor((now - since) / (7 * dayMs));
  const upcoming = sessions.filter((session) => session.status === 'scheduled' && session.startsAt > now).map((session) => session.startsAt);
  const next =
    upcoming.length === 0
      ? 'No next session is scheduled yet.'
      : `The next one is in ${plural(Math.ceil((Math.min(...upcoming) - now) / dayMs), 'day')}.`;
  const message =
    lastHeldAt === null
      ? `The circle has not met yet, ${plural(weeks, 'week')} after its first member joined. ${next}`
      : `The circle last met ${plural(weeks, 'week')} ago. ${next}`;
  return [{ kind: 'long_gap_without_session', message }];
}

function trendAlert(trend: AttendanceTrend): CohortAlert[] {
  if (trend.direction !== 'down' || trend.recentRate === null || trend.previousRate === null) return [];
  const window = cohortHealthRules.trendWindowSessions;
  return [
    {
      kind: 'attendance_trending_down',
      message:
        `Attendance has dipped: ${percent(trend.recentRate)} over the last ${window} sessions, ` +
        `down from ${percent(trend.previousRate)} in the ${window} before.`,
    },
  ];
}

function absenceAlert(member: HealthMember, { attendance }: AlertFacts): CohortAlert[] {
  const streak = attendance.find((row) => row.memberId === member.id)?.absentStreak ?? 0;
  if (streak < cohortHealthRules.absencesInARow) return [];
  return [
    {
      kind: 'absent_in_a_row',
      memberId: member.id,
      message: `${member.displayName} has missed the last ${streak} sessions. A short personal check-in may help.`,
    },
  ];
}

/**
 * Once a member has belonged for as many sessions as the circle has members, a full rotation could
 * have reached them; counted per member, so a late joiner gets the same runway.
 */
function neverPresentedAlert(member: HealthMember, { members, marks, rotation }: AlertFacts): CohortAlert[] {
  const tally = rotation.members.find((entry) => entry.memberId === member.id);
  const sessionsBelonged = (marks.get(member.id) ?? []).filter((entry) => entry.mark !== 'not_yet_member').length;
  if (tally === undefined || tally.timesPresented > 0 || sessionsBelonged < members.length) return [];
  return [
    {
      kind: 'never_presented',
      memberId: member.id,
      message:
        `${member.displayName} has not presented yet, after ${plural(sessionsBelonged, 'session')} in the circle. ` +
        'They might welcome being offered the next turn.',
    },
  ];
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
