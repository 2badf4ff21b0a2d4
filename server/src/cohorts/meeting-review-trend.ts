import type { MemberAttendance, SessionMeetingReview } from '@peercircle/shared';
import { reviewStillOpen } from '../members/review-window';
import type { HealthSession } from './cohort-health-input';
import { summarizeReviews, type ReviewAnswer } from './meeting-review-summary';

export interface HealthReviewAnswer extends ReviewAnswer {
  sessionId: string;
}

/**
 * The meeting review of each reviewed session, beside how many members came: `attendance` rows hold
 * one mark per reviewed session, in the same order as `reviewed`.
 */
export function meetingReviewTrend(
  reviewed: readonly HealthSession[],
  attendance: readonly MemberAttendance[],
  answers: readonly HealthReviewAnswer[],
  now: number,
): SessionMeetingReview[] {
  return reviewed.map((session, index) => ({
    ...summarizeReviews(session, answers.filter((answer) => answer.sessionId === session.id)),
    present: attendance.filter((member) => ['present', 'late'].includes(member.sessions[index]?.mark ?? 'absent')).length,
    stillOpen: reviewStillOpen(session, now),
  }));
}
