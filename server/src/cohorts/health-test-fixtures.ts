import type { HealthAttendance, HealthMember, HealthSession, HealthSpeakingTime } from './cohort-health-input';

/** A small cohort's history for the health tests: monthly sessions on the 7th, 16:00 UTC, in 2025. */
export const minuteMs = 60_000;
export const dayMs = 86_400_000;
export const cohortFormedAt = Date.UTC(2024, 11, 1);

export const member = (id: string, joinedAt = cohortFormedAt): HealthMember => ({ id, displayName: id.charAt(0).toUpperCase() + id.slice(1), joinedAt });
export const [ana, bo, cy, di] = ['ana', 'bo', 'cy', 'di'].map((id) => member(id)) as [HealthMember, HealthMember, HealthMember, HealthMember];
export const circleOfFour = [ana, bo, cy, di];

/** Session n (1-based) of 2025: the 7th of month n. */
export const startOf = (n: number) => Date.UTC(2025, n - 1, 7, 16);

/** Session n, held for two hours from its start. */
export const ended = (n: number, presenterId: string | null = null): HealthSession => ({
  id: `s${n}`,
  startsAt: startOf(n),
  status: 'ended',
  presenterId,
  endedAt: startOf(n) + 120 * minuteMs,
});

export const came = (n: number, memberId: string, minutesLate = 0, minutesPresent = 120): HealthAttendance => ({
  sessionId: `s${n}`,
  memberId,
  firstJoinedAt: startOf(n) + minutesLate * minuteMs,
  presentMs: minutesPresent * minuteMs,
});

/** Everyone listed came on time to every listed session. */
export const allCame = (sessionNumbers: readonly number[], memberIds: readonly string[]) =>
  sessionNumbers.flatMap((n) => memberIds.map((memberId) => came(n, memberId)));

export const spoke = (n: number, participantId: string, voiceMinutes: number): HealthSpeakingTime => ({
  sessionId: `s${n}`,
  participantId,
  floorMs: voiceMinutes * minuteMs,
  voiceMs: voiceMinutes * minuteMs,
});

export const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
