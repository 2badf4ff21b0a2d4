import type { HealthReviewAnswer } from './meeting-review-trend';

/** What the health report is computed from: the cohort's history as storage holds it. */
export interface CohortHealthInput {
  members: readonly HealthMember[];
  sessions: readonly HealthSession[];
  attendance: readonly HealthAttendance[];
  speakingTime: readonly HealthSpeakingTime[];
  /** Meeting review answers, without their authors. */
  reviewAnswers?: readonly HealthReviewAnswer[];
  now: number;
  /** How many of the latest ended sessions the attendance table and speaking equity cover. */
  lookback?: number;
}

export interface HealthMember {
  id: string;
  displayName: string;
  joinedAt: number;
}

export interface HealthSession {
  id: string;
  startsAt: number;
  status: 'scheduled' | 'open' | 'ended' | 'cancelled';
  presenterId: string | null;
  /** When it ended; null until then. */
  endedAt: number | null;
}

export interface HealthAttendance {
  sessionId: string;
  memberId: string;
  firstJoinedAt: number;
  presentMs: number;
}

export interface HealthSpeakingTime {
  sessionId: string;
  participantId: string;
  floorMs: number;
  voiceMs: number;
}
