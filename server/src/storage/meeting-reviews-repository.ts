import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema';

/** A rating and comment without their author: all the cohort-facing reads return. */
export interface AnonymousReviewAnswer {
  sessionId: string;
  rating: number;
  comment: string | null;
}

/** A member's own answer, for their data export. */
export interface OwnReviewAnswer extends AnonymousReviewAnswer {
  answeredAt: number;
}

/**
 * Meeting reviews. Reads for a session or cohort never select the member id nor the time of answering,
 * and return answers in the order of their text, so nothing in them points back to who answered.
 */
export class MeetingReviewsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Records the member's answer for the session, replacing an earlier one: one answer per member. */
  async answer(input: { sessionId: string; memberId: string; rating: number; comment: string | null }, now: number): Promise<void> {
    await this.db
      .insertInto('meeting_reviews')
      .values({ session_id: input.sessionId, member_id: input.memberId, rating: input.rating, comment: input.comment, answered_at: now })
      .onConflict((oc) => oc.columns(['session_id', 'member_id']).doUpdateSet({ rating: input.rating, comment: input.comment, answered_at: now }))
      .execute();
  }

  /** Every answer in these sessions, authorless. */
  async listAnonymous(sessionIds: readonly string[]): Promise<AnonymousReviewAnswer[]> {
    if (sessionIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('meeting_reviews')
      .select(['session_id', 'rating', 'comment'])
      .where('session_id', 'in', sessionIds)
      .orderBy('session_id')
      .orderBy('rating')
      .orderBy('comment')
      .execute();
    return rows.map((row) => ({ sessionId: row.session_id, rating: row.rating, comment: row.comment }));
  }

  /** The member's own answers, oldest first: for their export only. */
  async listByMember(memberId: string): Promise<OwnReviewAnswer[]> {
    const rows = await this.db
      .selectFrom('meeting_reviews')
      .select(['session_id', 'rating', 'comment', 'answered_at'])
      .where('member_id', '=', memberId)
      .orderBy('answered_at')
      .orderBy('session_id')
      .execute();
    return rows.map((row) => ({ sessionId: row.session_id, rating: row.rating, comment: row.comment, answeredAt: row.answered_at }));
  }

  /** Returns how many rows were deleted (member erasure also cascades; this makes it explicit). */
  async deleteForMember(memberId: string): Promise<number> {
    const result = await this.db.deleteFrom('meeting_reviews').where('member_id', '=', memberId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
