import { describe, expect, it } from 'vitest';
import { shuffled, summarizeReviews, type ReviewAnswer } from './meeting-review-summary';

const session = { id: 's1', startsAt: 1_000 };
const answers = (...ratings: number[]): ReviewAnswer[] => ratings.map((rating, i) => ({ rating, comment: i % 2 === 0 ? `comment ${i}` : null }));

describe('summarizeReviews', () => {
  it.each([
    [0, []],
    [1, [7]],
    [3, [9, 2, 5]],
  ])('with %i answers shows only the count', (answered, ratings) => {
    const summary = summarizeReviews(session, answers(...ratings));
    expect(summary).toEqual({ sessionId: 's1', startsAt: 1_000, answered, hidden: true });
    expect(summary).not.toHaveProperty('average');
    expect(summary).not.toHaveProperty('comments');
  });

  it('with 4 answers shows average (one decimal), spread and every non-empty comment', () => {
    const summary = summarizeReviews(session, [
      { rating: 8, comment: 'Start on time' },
      { rating: 7, comment: null },
      { rating: 10, comment: '' },
      { rating: 4, comment: 'Less advice, more questions' },
    ]);
    expect(summary).toMatchObject({ answered: 4, hidden: false, average: 7.3, lowest: 4, highest: 10 });
    expect(summary.hidden === false && [...summary.comments].sort()).toEqual(['Less advice, more questions', 'Start on time']);
  });

  it('puts the comments through the shuffle', () => {
    const reversed = <T,>(items: readonly T[]) => [...items].reverse();
    const summary = summarizeReviews(session, answers(1, 2, 3, 4, 5), reversed);
    expect(summary.hidden === false && summary.comments).toEqual(['comment 4', 'comment 2', 'comment 0']);
  });
});

describe('shuffled', () => {
  it('keeps every item and does not change the input', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const result = shuffled(items);
    expect([...result].sort((a, b) => a - b)).toEqual(items);
    expect(items).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('does not keep the given order (chance of a false failure: 3 in 10^18)', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const orders = new Set(Array.from({ length: 3 }, () => shuffled(items).join(',')));
    expect(orders.has(items.join(',')) && orders.size === 1).toBe(false);
  });
});
