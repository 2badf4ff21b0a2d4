import {
  cohortHealthRules,
  type AttendanceTrend,
  type MemberAttendance,
  type ReviewedSession,
  type SessionAttendance,
} from '@peercircle/shared';
import type { HealthAttendance, HealthMember, HealthSession } from './cohort-health-input';

const minuteMs = 60_000;

/** Every member's mark for every ended session, oldest session first. */
export type AttendanceMarks = ReadonlyMap<string, readonly SessionAttendance[]>;

export function attendanceMarks(
  members: readonly HealthMember[],
  ended: readonly HealthSession[],
  records: readonly HealthAttendance[],
): AttendanceMarks {
  const recordKey = (sessionId: string, memberId: string) => `${sessionId}\u0000${memberId}`;
  const byKey = new Map<string, HealthAttendance>();
  for (const record of records) {
    const key = recordKey(record.sessionId, record.memberId);
    const seen = byKey.get(key);
    // A reconnect may leave two rows: keep the first arrival and all the time present.
    const merged = seen && {
      ...seen,
      firstJoinedAt: Math.min(seen.firstJoinedAt, record.firstJoinedAt),
      presentMs: seen.presentMs + record.presentMs,
    };
    byKey.set(key, merged ?? record);
  }
  return new Map(
    members.map((member) => [member.id, ended.map((session) => markFor(member, session, byKey.get(recordKey(session.id, member.id))))]),
  );
}

/**
 * Whoever belonged to the cohort while the session was held, until it ended, was expected: a member
 * invited after the scheduled start (say, while the facilitator was already in the room) who never
 * came is absent, not "not yet a member".
 */
function markFor(member: HealthMember, session: HealthSession, record: HealthAttendance | undefined): SessionAttendance {
  if (record === undefined) {
    const mark = member.joinedAt > (session.endedAt ?? session.startsAt) ? 'not_yet_member' : 'absent';
    return { sessionId: session.id, mark, arrivedMinutesAfterStart: null, minutesPresent: null };
  }
  const lateByMs = record.firstJoinedAt - session.startsAt;
  return {
    sessionId: session.id,
    mark: lateByMs > cohortHealthRules.lateAfterMinutes * minuteMs ? 'late' : 'present',
    arrivedMinutesAfterStart: Math.ceil(lateByMs / minuteMs) || 0,
    minutesPresent: Math.round(record.presentMs / minuteMs),
  };
}

const attended = (entry: SessionAttendance | undefined) => entry?.mark === 'present' || entry?.mark === 'late';
const belonged = (entry: SessionAttendance | undefined) => entry !== undefined && entry.mark !== 'not_yet_member';

/** Each member's row over the last `lookback` ended sessions, plus their current run of absences. */
export function memberAttendance(members: readonly HealthMember[], marks: AttendanceMarks, lookback: number): MemberAttendance[] {
  return members.map((member) => {
    const all = marks.get(member.id) ?? [];
    const sessions = all.slice(-lookback);
    const count = (mark: SessionAttendance['mark']) => sessions.filter((entry) => entry.mark === mark).length;
    const [present, late, absent] = [count('present'), count('late'), count('absent')];
    const counted = present + late + absent;
    const belongedTo = all.filter(belonged);
    const streakStart = belongedTo.findLastIndex((entry) => entry.mark !== 'absent');
    return {
      memberId: member.id,
      displayName: member.displayName,
      sessions,
      present,
      late,
      absent,
      rate: counted === 0 ? null : (present + late) / counted,
      absentStreak: belongedTo.length - 1 - streakStart,
    };
  });
}

/** Attended over expected, pooled across the given session positions; null if nobody was expected. */
export function pooledRate(marks: AttendanceMarks, sessionIndexes: readonly number[]): number | null {
  let expected = 0;
  let came = 0;
  for (const entries of marks.values()) {
    for (const index of sessionIndexes) {
      if (belonged(entries[index])) expected += 1;
      if (attended(entries[index])) came += 1;
    }
  }
  return expected === 0 ? null : came / expected;
}

export function reviewedSessions(ended: readonly HealthSession[], marks: AttendanceMarks, lookback: number): ReviewedSession[] {
  const firstIndex = Math.max(0, ended.length - lookback);
  return ended.slice(firstIndex).map((session, offset) => ({
    sessionId: session.id,
    startsAt: session.startsAt,
    presenterId: session.presenterId,
    attendanceRate: pooledRate(marks, [firstIndex + offset]),
  }));
}

/** The last few ended sessions against the few before them. */
export function attendanceTrend(endedCount: number, marks: AttendanceMarks): AttendanceTrend {
  const window = cohortHealthRules.trendWindowSessions;
  const positions = (from: number) => Array.from({ length: window }, (_, i) => from + i).filter((index) => index >= 0);
  const recentRate = pooledRate(marks, positions(endedCount - window));
  const previousRate = endedCount < 2 * window ? null : pooledRate(marks, positions(endedCount - 2 * window));
  if (recentRate === null || previousRate === null) return { recentRate, previousRate, direction: 'not_enough_sessions' };
  const drop = previousRate - recentRate;
  // Less a hair, so a drop of exactly the threshold (1.0 → 0.8) is not lost to floating point.
  const threshold = cohortHealthRules.trendDropAtLeast - 1e-9;
  const direction = drop >= threshold ? 'down' : -drop >= threshold ? 'up' : 'steady';
  return { recentRate, previousRate, direction };
}
