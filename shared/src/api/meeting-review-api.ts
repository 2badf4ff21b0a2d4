import { z } from 'zod';
import { proseText } from '../text/text-schemas';

/** The meeting review: how members rate a session at its close, seen only as anonymous aggregates. */
export const meetingReviewRules = {
  lowestRating: 1,
  highestRating: 10,
  commentMaxChars: 500,
  /** Fewer answers than this and nothing but their count is shown: a small circle could tell who said what. */
  minAnswersShown: 4,
  /** Answers are taken from the closing phase until this long after the session ended. */
  openForDays: 7,
  /** Decay alert: the visible average fell by at least this much over `fallWindowSessions` sessions. */
  fallAtLeast: 2,
  fallWindowSessions: 3,
  /** Decay alert: fewer than this share of those present answered, in `lowAnswerSessionsInARow` sessions in a row. */
  lowAnswerShare: 0.5,
  lowAnswerSessionsInARow: 2,
} as const;

/**
 * One member's answer. Strict: the body carries nothing but the answer, so no field (a member id, a
 * session id) can pretend to say who is answering — that comes from the signed-in identity only.
 */
export const meetingReviewSchema = z.strictObject({
  rating: z.number().int('a whole number').min(meetingReviewRules.lowestRating).max(meetingReviewRules.highestRating),
  /** "What would have made it a 10?" Empty counts as no comment. */
  comment: proseText().max(meetingReviewRules.commentMaxChars, `at most ${meetingReviewRules.commentMaxChars} characters`).optional(),
});
export type MeetingReviewAnswer = z.input<typeof meetingReviewSchema>;

/** What a member gets back for their own answer. */
export interface MyMeetingReview {
  sessionId: string;
  rating: number;
  comment: string | null;
}

/**
 * A session's review as anyone may see it: with fewer than `minAnswersShown` answers only their count,
 * otherwise the average, the spread and the comments in random order — never who gave which.
 */
export type MeetingReviewSummary =
  | { sessionId: string; startsAt: number; answered: number; hidden: true }
  | {
      sessionId: string;
      startsAt: number;
      answered: number;
      hidden: false;
      /** Rounded to one decimal. */
      average: number;
      lowest: number;
      highest: number;
      comments: string[];
    };
