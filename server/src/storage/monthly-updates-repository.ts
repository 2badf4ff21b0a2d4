import type { Kysely } from 'kysely';
import { defaultUpdateAreas, monthlyUpdateSchema, type MonthlyUpdateArea, type MonthlyUpdateTopic } from '@peercircle/shared';
import type { DatabaseSchema, MonthlyUpdatesTable } from './schema';

export interface StoredMonthlyUpdate {
  sessionId: string;
  memberId: string;
  areas: MonthlyUpdateArea[];
  topics: MonthlyUpdateTopic[];
  shareWithFacilitator: boolean;
  submittedAt: number;
}

/** Who submitted, and their areas only when they chose to share them: all a facilitator's read returns. */
export interface SubmissionForFacilitator {
  memberId: string;
  sharedAreas: MonthlyUpdateArea[] | null;
}

const topicsSchema = monthlyUpdateSchema.shape.topics;

function toUpdate(row: MonthlyUpdatesTable): StoredMonthlyUpdate {
  return {
    sessionId: row.session_id,
    memberId: row.member_id,
    areas: areasOf(row),
    topics: topicsSchema.parse(JSON.parse(row.topics_json)),
    shareWithFacilitator: row.share_with_facilitator === 1,
    submittedAt: Number(row.submitted_at),
  };
}

function areasOf(row: Pick<MonthlyUpdatesTable, 'rating_1' | 'rating_2' | 'rating_3' | 'line_1' | 'line_2' | 'line_3'>): MonthlyUpdateArea[] {
  return [
    { rating: row.rating_1, line: row.line_1 },
    { rating: row.rating_2, line: row.line_2 },
    { rating: row.rating_3, line: row.line_3 },
  ];
}

/**
 * Monthly updates. The facilitator-facing read selects ratings and lines only for rows whose member
 * chose to share — in SQL, so an unshared rating never leaves the database on that path.
 */
export class MonthlyUpdatesRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Records the member's update for the session, replacing an earlier one. */
  async submit(input: Omit<StoredMonthlyUpdate, 'submittedAt'>, now: number): Promise<void> {
    const [a, b, c] = input.areas as [MonthlyUpdateArea, MonthlyUpdateArea, MonthlyUpdateArea];
    const values = {
      rating_1: a.rating,
      rating_2: b.rating,
      rating_3: c.rating,
      line_1: a.line,
      line_2: b.line,
      line_3: c.line,
      topics_json: JSON.stringify([...input.topics].sort((x, y) => x.rank - y.rank)),
      share_with_facilitator: input.shareWithFacilitator ? 1 : 0,
      submitted_at: now,
    };
    await this.db
      .insertInto('monthly_updates')
      .values({ session_id: input.sessionId, member_id: input.memberId, ...values })
      .onConflict((oc) => oc.columns(['session_id', 'member_id']).doUpdateSet(values))
      .execute();
  }

  async find(sessionId: string, memberId: string): Promise<StoredMonthlyUpdate | undefined> {
    const row = await this.db.selectFrom('monthly_updates').selectAll().where('session_id', '=', sessionId).where('member_id', '=', memberId).executeTakeFirst();
    return row ? toUpdate(row) : undefined;
  }

  /** Every update for the session, for the circle's update round. */
  async listForSession(sessionId: string): Promise<StoredMonthlyUpdate[]> {
    const rows = await this.db.selectFrom('monthly_updates').selectAll().where('session_id', '=', sessionId).orderBy('member_id').execute();
    return rows.map(toUpdate);
  }

  /** For facilitators: who submitted; areas only where shared. Topics never. */
  async listForFacilitator(sessionId: string): Promise<SubmissionForFacilitator[]> {
    const rows = await this.db
      .selectFrom('monthly_updates')
      .select(['member_id', 'share_with_facilitator'])
      .where('session_id', '=', sessionId)
      .orderBy('member_id')
      .execute();
    const shared = await this.db
      .selectFrom('monthly_updates')
      .select(['member_id', 'rating_1', 'rating_2', 'rating_3', 'line_1', 'line_2', 'line_3'])
      .where('session_id', '=', sessionId)
      .where('share_with_facilitator', '=', 1)
      .execute();
    const sharedBy = new Map(shared.map((row) => [row.member_id, areasOf(row)]));
    return rows.map((row) => ({ memberId: row.member_id, sharedAreas: sharedBy.get(row.member_id) ?? null }));
  }

  /** The member's own updates with their sessions' start, oldest first: for their chart and export. */
  async listByMember(memberId: string): Promise<(StoredMonthlyUpdate & { sessionStartsAt: number })[]> {
    const rows = await this.db
      .selectFrom('monthly_updates')
      .innerJoin('sessions', 'sessions.id', 'monthly_updates.session_id')
      .selectAll('monthly_updates')
      .select('sessions.starts_at')
      .where('monthly_updates.member_id', '=', memberId)
      .orderBy('sessions.starts_at')
      .execute();
    return rows.map((row) => ({ ...toUpdate(row), sessionStartsAt: Number(row.starts_at) }));
  }

  async deleteForMember(memberId: string): Promise<number> {
    const result = await this.db.deleteFrom('monthly_updates').where('member_id', '=', memberId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** The cohort's three area names (the defaults unless renamed). */
  async areaNames(cohortId: string): Promise<string[]> {
    const row = await this.db.selectFrom('cohorts').select('update_areas_json').where('id', '=', cohortId).executeTakeFirst();
    if (!row?.update_areas_json) return [...defaultUpdateAreas];
    return JSON.parse(row.update_areas_json) as string[];
  }

  async renameAreas(cohortId: string, names: readonly string[]): Promise<void> {
    await this.db.updateTable('cohorts').set({ update_areas_json: JSON.stringify(names) }).where('id', '=', cohortId).execute();
  }
}
