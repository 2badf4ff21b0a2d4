import type { MyMeetingReview } from '@peercircle/shared';

/**
 * The answers given in this tab, by session: the closing phase and the ended screen show the form in
 * different places, and the second should know the first was answered. The server keeps no readable
 * copy to ask for, by design.
 */
const answered = new Map<string, MyMeetingReview>();

export const answeredReview = (sessionId: string): MyMeetingReview | undefined => answered.get(sessionId);
export const rememberAnswer = (review: MyMeetingReview): void => {
  answered.set(review.sessionId, review);
};
