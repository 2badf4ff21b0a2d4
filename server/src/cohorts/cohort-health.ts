import type { CohortHealthReport } from '@peercircle/shared';
import { attendanceMarks, attendanceTrend, memberAttendance, reviewedSessions } from './attendance-review';
import type { CohortHealthInput } from './cohort-health-input';
import { healthAlerts } from './health-alerts';
import { meetingReviewTrend } from './meeting-review-trend';
import { reviewDecayAlerts } from './review-decay';
import { rotationFairness } from './rotation-fairness';
import { speakingEquity } from './speaking-equity';

const dayMs = 86_400_000;

/**
 * A facilitator's overview of how the circle is doing: attendance, the presenter rotation, speaking
 * balance, the meeting reviews and what may need attention. Only ended sessions count; thresholds are `cohortHealthRules`.
 */
export function cohortHealth({ members, sessions, attendance, speakingTime, reviewAnswers = [], now, lookback = 6 }: CohortHealthInput): CohortHealthReport {
  if (!Number.isInteger(lookback) || lookback < 1) throw new RangeError(`lookback must be a whole number ≥ 1, got ${lookback}`);
  const ended = sessions.filter((session) => session.status === 'ended').sort((a, b) => a.startsAt - b.startsAt);
  const marks = attendanceMarks(members, ended, attendance);
  const memberRows = memberAttendance(members, marks, lookback);
  const trend = attendanceTrend(ended.length, marks);
  const rotation = rotationFairness(members, ended);
  const lastEnded = ended.at(-1);
  const meetingReviews = meetingReviewTrend(ended.slice(-lookback), memberRows, reviewAnswers, now);

  return {
    generatedAt: now,
    sessions: reviewedSessions(ended, marks, lookback),
    attendance: memberRows,
    attendanceTrend: trend,
    daysSinceLastSession: lastEnded === undefined ? null : Math.max(0, Math.floor((now - lastEnded.startsAt) / dayMs)),
    rotation,
    speaking: speakingEquity(members, ended.slice(-lookback), attendance, speakingTime),
    meetingReviews,
    alerts: [...healthAlerts({ members, sessions, marks, attendance: memberRows, trend, rotation, now }), ...reviewDecayAlerts(meetingReviews)],
  };
}
