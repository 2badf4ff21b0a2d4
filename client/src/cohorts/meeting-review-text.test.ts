import type { SessionMeetingReview } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { answeredText, averageText, reviewTrendSummary } from './meeting-review-text';

const shown = (startsAt: number, average: number): SessionMeetingReview => ({
  sessionId: `s${startsAt}`, startsAt, answered: 5, present: 6, stillOpen: false, hidden: false, average, lowest: 3, highest: 9, comments: [],
});
const hidden = (startsAt: number): SessionMeetingReview => ({ sessionId: `s${startsAt}`, startsAt, answered: 2, present: 6, stillOpen: false, hidden: true });
const dateOf = (startsAt: number) => `day ${startsAt}`;

describe('meeting review text', () => {
  it('describes every visible average and counts the hidden sessions', () => {
    expect(reviewTrendSummary([shown(1, 8.2), hidden(2), shown(3, 6)], dateOf)).toBe(
      'Average meeting rating out of 10, oldest first — day 1: 8.2; day 3: 6. 1 session had too few answers to show.',
    );
  });

  it('says so when nothing can be shown', () => {
    expect(reviewTrendSummary([], dateOf)).toMatch(/no meeting reviews/);
    expect(reviewTrendSummary([hidden(1), hidden(2)], dateOf)).toBe('No session has had 4 or more answers yet, so no average is shown.');
  });

  it('never shows an average for a hidden session', () => {
    expect(averageText(hidden(1))).toBe('Hidden: fewer than 4 answers');
    expect(averageText(shown(1, 7.5))).toBe('7.5 (from 3 to 9)');
    expect(answeredText(hidden(1))).toBe('2 of 6 present');
  });
});
