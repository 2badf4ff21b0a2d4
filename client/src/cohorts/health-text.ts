import {
  cohortHealthRules,
  describeDuration,
  type AttendanceMark,
  type AttendanceTrend,
  type MemberAttendance,
  type PresenterRotationFairness,
  type ReviewedSession,
  type SpeakingEquity,
} from '@peercircle/shared';

/**
 * Words for the cohort health report: the charts' accessible summaries and the sentences beside
 * them say the same as the pictures, for people who cannot or prefer not to read a chart.
 */

export const attendanceMarkLabel: Record<AttendanceMark, string> = {
  present: 'Present',
  late: 'Late',
  absent: 'Absent',
  not_yet_member: 'Not yet a member',
};

/** Drawn in each cell as well as its colour, so the grid does not depend on seeing colour. */
export const attendanceMarkSymbol: Record<AttendanceMark, string> = { present: '✓', late: 'L', absent: '✗', not_yet_member: '–' };

export function percent(fraction: number | null): string {
  return fraction === null ? 'no data' : `${Math.round(fraction * 100)}%`;
}

export function speakingTime(ms: number): string {
  return ms < 60_000 ? 'under a minute' : describeDuration(Math.round(ms / 60_000));
}

export function lastSessionSentence(daysSince: number | null): string {
  if (daysSince === null) return 'No session has ended yet.';
  if (daysSince === 0) return 'The last session was today.';
  if (daysSince === 1) return 'The last session was yesterday.';
  return `The last session was ${daysSince} days ago.`;
}

export function trendSentence(trend: AttendanceTrend): string {
  const window = cohortHealthRules.trendWindowSessions;
  const recent = percent(trend.recentRate);
  const previous = percent(trend.previousRate);
  switch (trend.direction) {
    case 'not_enough_sessions':
      return `Not enough sessions for a trend yet: it compares the last ${window} sessions with the ${window} before them.`;
    case 'up':
      return `Attendance is up: ${recent} over the last ${window} sessions, from ${previous} before.`;
    case 'down':
      return `Attendance is down: ${recent} over the last ${window} sessions, from ${previous} before.`;
    case 'steady':
      return `Attendance is steady: ${recent} over the last ${window} sessions, ${previous} before.`;
  }
}

export function attendanceChartSummary(report: {
  sessions: readonly ReviewedSession[];
  attendance: readonly MemberAttendance[];
}): string {
  const sessions = report.sessions.length;
  if (sessions === 0 || report.attendance.length === 0) return 'Attendance: no ended sessions to show yet.';
  const rates = report.attendance.map((member) => `${member.displayName} ${percent(member.rate)}`).join(', ');
  return `Attendance of ${report.attendance.length} members over the last ${sessions} ${sessions === 1 ? 'session' : 'sessions'}: ${rates}.`;
}

export function equitySentence(speaking: Pick<SpeakingEquity, 'gini' | 'summary'>): string {
  if (speaking.gini === null) return speaking.summary;
  return `Inequality (Gini coefficient, 0 = perfectly even) ${speaking.gini.toFixed(2)}: ${speaking.summary}`;
}

export function speakingChartSummary(speaking: SpeakingEquity): string {
  const shares = speaking.members.filter((member) => member.share !== null);
  if (shares.length === 0) return 'Speaking time: nothing recorded yet.';
  const list = shares.map((member) => `${member.displayName} ${percent(member.share)}`).join(', ');
  return `Share of speaking time: ${list}. ${equitySentence(speaking)}`;
}

/** `neverPresented` lists member ids; names come from the tallies. */
export function neverPresentedNames(rotation: PresenterRotationFairness): string[] {
  return rotation.neverPresented.map((id) => rotation.members.find((member) => member.memberId === id)?.displayName ?? id);
}

export function rotationSentence(rotation: PresenterRotationFairness): string {
  if (rotation.members.length === 0) return 'No members yet.';
  const never = neverPresentedNames(rotation);
  if (never.length === 0) return 'Everyone has presented at least once.';
  if (never.length === rotation.members.length) return 'Nobody has presented yet.';
  return `Not presented yet: ${never.join(', ')}.`;
}
