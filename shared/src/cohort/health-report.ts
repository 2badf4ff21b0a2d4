import type { MeetingReviewSummary } from '../api/meeting-review-api';

/**
 * A facilitator's view of how a cohort is doing across sessions. Plain JSON: epoch milliseconds,
 * fractions in 0…1, `null` where a figure cannot be computed yet.
 */

/** The thresholds behind the report's figures and alerts, so a screen can explain them. */
export const cohortHealthRules = {
  /** Arriving more than this long after the start counts as late (still attended). */
  lateAfterMinutes: 10,
  /** The trend compares the last this-many ended sessions with the same number before them. */
  trendWindowSessions: 3,
  /** "Trending down": the recent attendance rate is at least this far (in rate points) below the earlier one. */
  trendDropAtLeast: 0.2,
  /** A member missing this many ended sessions in a row is worth a check-in. */
  absencesInARow: 2,
  /** No session for longer than this, counted from the last ended session (or the first member joining). */
  longGapDays: 42,
} as const;

/** How a member took part in one ended session; sessions before they joined do not count against them. */
export type AttendanceMark = 'present' | 'late' | 'absent' | 'not_yet_member';

export interface SessionAttendance {
  sessionId: string;
  mark: AttendanceMark;
  /** Whole minutes after the start they first arrived (negative: early); null if they did not come. */
  arrivedMinutesAfterStart: number | null;
  minutesPresent: number | null;
}

export interface MemberAttendance {
  memberId: string;
  displayName: string;
  /** One entry per reviewed session, in the order of `CohortHealthReport.sessions`. */
  sessions: SessionAttendance[];
  present: number;
  late: number;
  absent: number;
  /** (present + late) / reviewed sessions they belonged to the cohort for; null if none. */
  rate: number | null;
  /** Ended sessions missed in a row up to the latest one (may reach further back than the review). */
  absentStreak: number;
}

export interface ReviewedSession {
  sessionId: string;
  startsAt: number;
  presenterId: string | null;
  /** Members who came, on time or late, / members who belonged to the cohort then; null if none did. */
  attendanceRate: number | null;
}

export type AttendanceDirection = 'up' | 'steady' | 'down' | 'not_enough_sessions';

export interface AttendanceTrend {
  /** Attendance over the last `trendWindowSessions` ended sessions, all of them pooled. */
  recentRate: number | null;
  /** The same over the sessions just before those. */
  previousRate: number | null;
  direction: AttendanceDirection;
}

export interface PresenterTally {
  memberId: string;
  displayName: string;
  timesPresented: number;
  lastPresentedAt: number | null;
  /** Ended sessions held since they last presented; null if they never have. */
  sessionsSincePresented: number | null;
}

export interface PresenterRotationFairness {
  /** Over all ended sessions, not only the reviewed ones: a rotation spans many months. */
  members: PresenterTally[];
  neverPresented: string[];
}

export type SpeakingBalance = 'even' | 'mostly_even' | 'uneven' | 'very_uneven' | 'not_enough_data';

export interface MemberSpeakingShare {
  memberId: string;
  displayName: string;
  /** Time their voice was heard across the reviewed sessions. */
  speakingMs: number;
  /** Time they held the floor in rounds and queues across the reviewed sessions (heard or not). */
  floorMs: number;
  sessionsAttended: number;
  /** Their part of all members' speaking time; null when nobody has spoken yet. */
  share: number | null;
}

export interface SpeakingEquity {
  members: MemberSpeakingShare[];
  totalSpeakingMs: number;
  /**
   * Gini coefficient (0 = everyone equal, towards 1 = one voice has it all) of each member's speaking
   * time per session attended, so missing a session does not read as staying silent.
   */
  gini: number | null;
  balance: SpeakingBalance;
  /** `balance` in plain words. */
  summary: string;
}

export type CohortAlertKind =
  | 'attendance_trending_down'
  | 'absent_in_a_row'
  | 'never_presented'
  | 'long_gap_without_session'
  | 'review_average_falling'
  | 'few_review_answers';

export interface CohortAlert {
  kind: CohortAlertKind;
  memberId?: string;
  message: string;
}

/** One reviewed session's meeting review, anonymous as everywhere, with how many could have answered. */
export type SessionMeetingReview = MeetingReviewSummary & {
  /** Members who came to the session, on time or late. */
  present: number;
  /** Answers are still being taken (`meetingReviewRules.openForDays` after the end). */
  stillOpen: boolean;
};

export interface CohortHealthReport {
  generatedAt: number;
  /** The last `lookback` ended sessions, oldest first. */
  sessions: ReviewedSession[];
  attendance: MemberAttendance[];
  attendanceTrend: AttendanceTrend;
  /** Whole days since the last ended session started; null before the first. */
  daysSinceLastSession: number | null;
  rotation: PresenterRotationFairness;
  speaking: SpeakingEquity;
  /** The meeting review of each reviewed session, oldest first. */
  meetingReviews: SessionMeetingReview[];
  alerts: CohortAlert[];
}
