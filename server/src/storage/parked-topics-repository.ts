import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { byParkedUrgency, type MonthlyUpdateTopic, type TopicUrgency } from '@peercircle/shared';
import type { DatabaseSchema, ParkedTopicsTable } from './schema';

export interface ParkedTopic {
  id: string;
  cohortId: string;
  memberId: string;
  sessionId: string;
  title: string;
  urgency: TopicUrgency;
  importance: number;
  parkedAt: number;
  shared: boolean;
}

/** A parked topic without its title: what a facilitator's read gets when the owner did not share it. */
export type ParkedTopicForFacilitator = Omit<ParkedTopic, 'title'> & { title: string | null };

function toTopic(row: ParkedTopicsTable): ParkedTopic {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    memberId: row.member_id,
    sessionId: row.session_id,
    title: row.title,
    urgency: row.urgency,
    importance: row.importance,
    parkedAt: Number(row.parked_at),
    shared: row.shared === 1,
  };
}

/**
 * The parking lot. The facilitator-facing read selects the title in SQL only for shared topics, so an
 * unshared title never leaves the database on that path.
 */
export class ParkedTopicsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /**
   * Parks the "might present" topics of the member's update for the session, replacing those parked
   * from an earlier version of that update. A topic with the same title keeps its date and sharing.
   * Run inside the transaction that stores the update.
   */
  async replaceFromUpdate(input: { cohortId: string; memberId: string; sessionId: string; topics: readonly MonthlyUpdateTopic[] }, now: number): Promise<void> {
    const earlier = await this.db.selectFrom('parked_topics').selectAll().where('member_id', '=', input.memberId).where('session_id', '=', input.sessionId).execute();
    const earlierByTitle = new Map(earlier.map((row) => [row.title, row]));
    await this.db.deleteFrom('parked_topics').where('member_id', '=', input.memberId).where('session_id', '=', input.sessionId).execute();
    const parked = input.topics.filter((topic) => topic.mightPresent);
    if (parked.length === 0) return;
    await this.db
      .insertInto('parked_topics')
      .values(
        parked.map((topic) => {
          const before = earlierByTitle.get(topic.title);
          return {
            id: randomUUID(),
            cohort_id: input.cohortId,
            member_id: input.memberId,
            session_id: input.sessionId,
            title: topic.title,
            urgency: topic.urgency,
            importance: topic.rank,
            parked_at: before ? Number(before.parked_at) : now,
            shared: before?.shared ?? 0,
          };
        }),
      )
      .execute();
  }

  /** The member's own topics, most urgent first. */
  async listByMember(memberId: string): Promise<ParkedTopic[]> {
    const rows = await this.db.selectFrom('parked_topics').selectAll().where('member_id', '=', memberId).execute();
    return rows.map(toTopic).sort(byParkedUrgency);
  }

  async findOwn(memberId: string, topicId: string): Promise<ParkedTopic | undefined> {
    const row = await this.db.selectFrom('parked_topics').selectAll().where('id', '=', topicId).where('member_id', '=', memberId).executeTakeFirst();
    return row ? toTopic(row) : undefined;
  }

  /** False when the member has no such topic. */
  async setShared(memberId: string, topicId: string, shared: boolean): Promise<boolean> {
    const result = await this.db.updateTable('parked_topics').set({ shared: shared ? 1 : 0 }).where('id', '=', topicId).where('member_id', '=', memberId).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** False when the member has no such topic. */
  async removeOwn(memberId: string, topicId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('parked_topics').where('id', '=', topicId).where('member_id', '=', memberId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** For the cohort's facilitators and the rotation: every topic, titles only where shared; most urgent first. */
  async listForCohort(cohortId: string): Promise<ParkedTopicForFacilitator[]> {
    const rows = await this.db
      .selectFrom('parked_topics')
      .select(['id', 'cohort_id', 'member_id', 'session_id', 'urgency', 'importance', 'parked_at', 'shared'])
      .where('cohort_id', '=', cohortId)
      .execute();
    const titles = await this.db.selectFrom('parked_topics').select(['id', 'title']).where('cohort_id', '=', cohortId).where('shared', '=', 1).execute();
    const sharedTitle = new Map(titles.map((row) => [row.id, row.title]));
    return rows
      .map((row) => ({ ...toTopic({ ...row, title: '' }), title: sharedTitle.get(row.id) ?? null }))
      .sort(byParkedUrgency);
  }

  /** The owner presented: their topics leave the lot. */
  async deleteForMember(memberId: string): Promise<number> {
    const result = await this.db.deleteFrom('parked_topics').where('member_id', '=', memberId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
