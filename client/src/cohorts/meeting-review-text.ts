import { meetingReviewRules, type SessionMeetingReview } from '@peercircle/shared';

/** Words for the meeting review trend: what the chart shows, for those who do not read the chart. */

export function answeredText(review: SessionMeetingReview): string {
  return review.present > 0 ? `${review.answered} of ${review.present} present` : `${review.answered}`;
}

export function averageText(review: SessionMeetingReview): string {
  if (review.hidden) return `Hidden: fewer than ${meetingReviewRules.minAnswersShown} answers`;
  return `${review.average} (from ${review.lowest} to ${review.highest})`;
}

/** One sentence over the whole trend: the chart's text alternative. */
export function reviewTrendSummary(reviews: readonly SessionMeetingReview[], dateOf: (startsAt: number) => string): string {
  if (reviews.length === 0) return 'No session has ended yet, so there are no meeting reviews.';
  const shown = reviews.filter((review) => !review.hidden);
  if (shown.length === 0) {
    return `No session has had ${meetingReviewRules.minAnswersShown} or more answers yet, so no average is shown.`;
  }
  const parts = shown.map((review) => (review.hidden ? '' : `${dateOf(review.startsAt)}: ${review.average}`));
  const hidden = reviews.length - shown.length;
  const hiddenNote = hidden > 0 ? ` ${hidden} session${hidden === 1 ? '' : 's'} had too few answers to show.` : '';
  return `Average meeting rating out of 10, oldest first — ${parts.join('; ')}.${hiddenNote}`;
}
