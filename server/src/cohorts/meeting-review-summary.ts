import { randomInt } from 'node:crypto';
import { meetingReviewRules, type MeetingReviewSummary } from '@peercircle/shared';

export interface ReviewAnswer {
  rating: number;
  comment: string | null;
}

/** A uniformly random order (Fisher–Yates over a CSPRNG), so comment order says nothing about who or when. */
export function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * A session's answers as anyone may see them: with fewer than `minAnswersShown` only the count, so a
 * small circle cannot work out who gave which rating; otherwise average, spread and comments shuffled.
 */
export function summarizeReviews(
  session: { id: string; startsAt: number },
  answers: readonly ReviewAnswer[],
  shuffle: <T>(items: readonly T[]) => T[] = shuffled,
): MeetingReviewSummary {
  const base = { sessionId: session.id, startsAt: session.startsAt, answered: answers.length };
  if (answers.length < meetingReviewRules.minAnswersShown) return { ...base, hidden: true };
  const ratings = answers.map((answer) => answer.rating);
  const comments = answers.map((answer) => answer.comment).filter((comment): comment is string => comment !== null && comment !== '');
  return {
    ...base,
    hidden: false,
    average: oneDecimal(ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length),
    lowest: Math.min(...ratings),
    highest: Math.max(...ratings),
    comments: shuffle(comments),
  };
}
