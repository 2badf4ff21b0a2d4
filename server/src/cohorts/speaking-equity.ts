import type { SpeakingBalance, SpeakingEquity } from '@peercircle/shared';
import type { HealthAttendance, HealthMember, HealthSession, HealthSpeakingTime } from './cohort-health-input';
import { gini } from './gini';

/**
 * Members' share of the time their voices were heard across the reviewed sessions. Voice activity,
 * not floor time: holding the floor in silence is not speaking.
 */
export function speakingEquity(
  members: readonly HealthMember[],
  reviewed: readonly HealthSession[],
  attendance: readonly HealthAttendance[],
  speakingTime: readonly HealthSpeakingTime[],
): SpeakingEquity {
  const sessionIds = new Set(reviewed.map((session) => session.id));
  const rows = members.map((member) => {
    const spoken = speakingTime.filter((entry) => entry.participantId === member.id && sessionIds.has(entry.sessionId));
    const attendedIds = new Set([
      ...attendance.filter((record) => record.memberId === member.id && sessionIds.has(record.sessionId)).map((record) => record.sessionId),
      ...spoken.map((entry) => entry.sessionId),
    ]);
    const speakingMs = spoken.reduce((sum, entry) => sum + entry.voiceMs, 0);
    const floorMs = spoken.reduce((sum, entry) => sum + entry.floorMs, 0);
    return { memberId: member.id, displayName: member.displayName, speakingMs, floorMs, sessionsAttended: attendedIds.size };
  });
  const totalSpeakingMs = rows.reduce((sum, row) => sum + row.speakingMs, 0);
  // Per session attended, so that missing a session does not read as staying silent.
  const inequality = gini(rows.filter((row) => row.sessionsAttended > 0).map((row) => row.speakingMs / row.sessionsAttended));
  return {
    members: rows.map((row) => ({ ...row, share: totalSpeakingMs === 0 ? null : row.speakingMs / totalSpeakingMs })),
    totalSpeakingMs,
    gini: inequality,
    ...describeBalance(inequality),
  };
}

/** For scale: in a circle of six, one member speaking twice as long as each other is 0.12; three times, 0.21. */
export function describeBalance(inequality: number | null): { balance: SpeakingBalance; summary: string } {
  if (inequality === null) return { balance: 'not_enough_data', summary: 'Not enough speaking time recorded yet to compare.' };
  if (inequality < 0.1) return { balance: 'even', summary: 'Speaking time is shared evenly.' };
  if (inequality < 0.2) return { balance: 'mostly_even', summary: 'Speaking time is shared fairly evenly.' };
  if (inequality < 0.35) return { balance: 'uneven', summary: 'Some voices take noticeably more of the time than others.' };
  return { balance: 'very_uneven', summary: 'A few voices take most of the speaking time.' };
}
