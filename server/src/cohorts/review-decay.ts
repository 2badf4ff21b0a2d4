import { meetingReviewRules, type CohortAlert, type SessionMeetingReview } from '@peercircle/shared';

/**
 * Signs the circle is losing its energy, from the meeting reviews of the reviewed sessions (oldest
 * first): the visible average fell by `fallAtLeast` or more from session n−2 to n (among sessions with
 * enough answers to show one), or fewer than half of those present answered in the latest sessions in
 * a row. For the second rule, sessions still taking answers and sessions nobody attended do not count,
 * nor do sessions before the first answered one: the circle had not taken up the review yet (sessions
 * held before the feature existed would otherwise raise the alert at once).
 */
export function reviewDecayAlerts(reviews: readonly SessionMeetingReview[]): CohortAlert[] {
  return [...fallingAverageAlert(reviews), ...fewAnswersAlert(reviews)];
}

function fallingAverageAlert(reviews: readonly SessionMeetingReview[]): CohortAlert[] {
  const averages = reviews.flatMap((review) => (review.hidden ? [] : [review.average]));
  const window = averages.slice(-meetingReviewRules.fallWindowSessions);
  if (window.length < meetingReviewRules.fallWindowSessions) return [];
  const from = window[0]!;
  const to = window.at(-1)!;
  // Compared in tenths: the averages are rounded to one decimal, and 8.1 − 6.1 must count as 2.
  if (Math.round((from - to) * 10) < meetingReviewRules.fallAtLeast * 10) return [];
  return [
    {
      kind: 'review_average_falling',
      message: `The meeting review average fell from ${from} to ${to} over the last ${meetingReviewRules.fallWindowSessions} sessions with enough answers to show.`,
    },
  ];
}

function fewAnswersAlert(reviews: readonly SessionMeetingReview[]): CohortAlert[] {
  const firstAnswered = reviews.findIndex((review) => review.answered > 0);
  if (firstAnswered === -1) return [];
  const settled = reviews.slice(firstAnswered).filter((review) => !review.stillOpen && review.present > 0);
  const latest = settled.slice(-meetingReviewRules.lowAnswerSessionsInARow);
  if (latest.length < meetingReviewRules.lowAnswerSessionsInARow) return [];
  if (!latest.every((review) => review.answered < review.present * meetingReviewRules.lowAnswerShare)) return [];
  return [
    {
      kind: 'few_review_answers',
      message: `Fewer than half of those present answered the meeting review in the last ${meetingReviewRules.lowAnswerSessionsInARow} sessions.`,
    },
  ];
}
