import { describe, expect, it } from 'vitest';
import { meetingReviewSchema } from './meeting-review-api';

describe('meetingReviewSchema', () => {
  it.each<[string, unknown, unknown]>([
    ['a rating alone', { rating: 1 }, { rating: 1 }],
    ['the top rating with a comment', { rating: 10, comment: 'Nothing' }, { rating: 10, comment: 'Nothing' }],
    ['a comment trimmed, line breaks kept', { rating: 7, comment: '  Start on time\nand end on time  ' }, { rating: 7, comment: 'Start on time\nand end on time' }],
    ['an empty comment', { rating: 7, comment: '' }, { rating: 7, comment: '' }],
    ['a comment of exactly 500 characters', { rating: 7, comment: 'x'.repeat(500) }, { rating: 7, comment: 'x'.repeat(500) }],
  ])('accepts %s', (_name, input, output) => {
    expect(meetingReviewSchema.parse(input)).toEqual(output);
  });

  it.each<[string, unknown]>([
    ['no rating', {}],
    ['a rating of 0', { rating: 0 }],
    ['a rating of 11', { rating: 11 }],
    ['a fractional rating', { rating: 7.5 }],
    ['a rating as text', { rating: '7' }],
    ['NaN', { rating: Number.NaN }],
    ['a comment of 501 characters', { rating: 7, comment: 'x'.repeat(501) }],
    ['a control character', { rating: 7, comment: 'bell\u0007' }],
    ['a paragraph separator', { rating: 7, comment: 'a\u2029b' }],
    ['a null comment', { rating: 7, comment: null }],
    ['a member id riding along', { rating: 7, memberId: 'someone-else' }],
    ['an array', [7]],
  ])('refuses %s', (_name, input) => {
    expect(meetingReviewSchema.safeParse(input).success).toBe(false);
  });
});
