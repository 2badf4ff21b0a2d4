import type { SessionMeetingReview } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { reviewDecayAlerts } from './review-decay';

let counter = 0;
/** A settled session with `present` attendees; `average` null means fewer than 4 answered (hidden). */
function review(average: number | null, answered: number, present: number, stillOpen = false): SessionMeetingReview {
  counter += 1;
  const base = { sessionId: `s${counter}`, startsAt: counter, answered, present, stillOpen };
  return average === null ? { ...base, hidden: true } : { ...base, hidden: false, average, lowest: 1, highest: 10, comments: [] };
}

const kinds = (reviews: SessionMeetingReview[]) => reviewDecayAlerts(reviews).map((alert) => alert.kind);

describe('reviewDecayAlerts', () => {
  it.each<[string, SessionMeetingReview[], string[]]>([
    ['no sessions', [], []],
    ['steady averages', [review(8, 5, 6), review(8, 5, 6), review(7.9, 5, 6)], []],
    ['a fall of exactly 2 over three sessions', [review(8.1, 5, 6), review(7, 5, 6), review(6.1, 5, 6)], ['review_average_falling']],
    ['a fall of 1.9 is not enough', [review(8, 5, 6), review(7, 5, 6), review(6.1, 5, 6)], []],
    ['a fall over only two visible sessions is not enough', [review(8, 5, 6), review(5, 5, 6)], []],
    ['a rise does not alert', [review(5, 5, 6), review(6, 5, 6), review(8, 5, 6)], []],
    ['only the last three visible averages count', [review(9, 5, 6), review(6, 5, 6), review(6, 5, 6), review(6, 5, 6)], []],
    ['hidden sessions are skipped when comparing n−2 with n', [review(9, 5, 6), review(null, 2, 6), review(8, 5, 6), review(6.5, 5, 6)], ['review_average_falling']],
    ['fewer than half answered twice in a row', [review(null, 2, 6), review(null, 3, 7)], ['few_review_answers']],
    ['exactly half is not fewer than half', [review(null, 2, 6), review(null, 3, 6)], []],
    ['only once in a row', [review(null, 2, 6), review(8, 5, 6)], []],
    ['an earlier pair does not alert once answers recover', [review(null, 1, 6), review(null, 1, 6), review(8, 5, 6)], []],
    ['a session still taking answers does not count yet', [review(null, 1, 6), review(null, 1, 6, true)], []],
    ['the open one is skipped, the two settled before it count', [review(null, 1, 6), review(null, 1, 6), review(null, 0, 6, true)], ['few_review_answers']],
    ['sessions nobody attended do not count', [review(null, 1, 6), review(null, 0, 0), review(null, 1, 5)], ['few_review_answers']],
    ['no answers at all: the circle has not taken up the review', [review(null, 0, 6), review(null, 0, 6)], []],
    ['sessions before the first answer do not count', [review(null, 0, 6), review(null, 0, 6), review(null, 1, 6)], []],
    ['no answers twice in a row after the review was taken up', [review(null, 4, 6), review(null, 0, 6), review(null, 0, 5)], ['few_review_answers']],
    ['both at once', [review(8, 4, 10), review(7, 4, 10), review(5, 4, 10)], ['review_average_falling', 'few_review_answers']],
  ])('%s', (_name, reviews, expected) => {
    expect(kinds(reviews)).toEqual(expected);
  });

  it('says what fell, without any member or comment', () => {
    const [alert] = reviewDecayAlerts([review(8.5, 5, 6), review(7, 5, 6), review(6, 5, 6)]);
    expect(alert).toEqual({ kind: 'review_average_falling', message: 'The meeting review average fell from 8.5 to 6 over the last 3 sessions with enough answers to show.' });
    expect(alert).not.toHaveProperty('memberId');
  });
});
