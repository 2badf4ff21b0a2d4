import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { CommitmentsTable, DatabaseSchema } from './schema';

export type CommitmentVisibility = CommitmentsTable['visibility'];

/** What a member said they would do before the next session. */
export interface Commitment {
  id: string;
  memberId: string;
  sessionId: string;
  text: string;
  /** Private commitments are for the member alone; shared ones the cohort sees. */
  visibility: CommitmentVisibility;
  createdAt: number;
}

export type NewCommitment = Pick<Commitment, 'memberId' | 'sessionId' | 'text' | 'visibility'>;

export class CommitmentsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(input: NewCommitment, now: number): Promise<Commitment> {
    const commitment: Commitment = { ...input, id: randomUUID(), createdAt: now };
    await this.db
      .insertInto('commitments')
      .values({
        id: commitment.id,
        member_id: commitment.memberId,
        session_id: commitment.sessionId,
        text: commitment.text,
        visibility: commitment.visibility,
        created_at: commitment.createdAt,
      })
      .execute();
    return commitment;
  }

  async findById(id: string): Promise<Commitment | undefined> {
    const row = await this.db.selectFrom('commitments').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toCommitment(row);
  }

  /** Changes what it says and who sees it; false when there is no such commitment. */
  async update(id: string, change: Pick<Commitment, 'text' | 'visibility'>): Promise<boolean> {
    const result = await this.db.updateTable('commitments').set({ text: change.text, visibility: change.visibility }).where('id', '=', id).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Oldest first. */
  async listByMember(memberId: string): Promise<Commitment[]> {
    const rows = await this.db.selectFrom('commitments').selectAll().where('member_id', '=', memberId).orderBy('created_at').orderBy('id').execute();
    return rows.map(toCommitment);
  }

  /** The member's latest commitment from a session that started before `sessionStartsAt`: the one to check in on. */
  async latestBefore(memberId: string, sessionStartsAt: number): Promise<Commitment | undefined> {
    const row = await this.db
      .selectFrom('commitments')
      .innerJoin('sessions', 'sessions.id', 'commitments.session_id')
      .selectAll('commitments')
      .where('commitments.member_id', '=', memberId)
      .where('sessions.starts_at', '<', sessionStartsAt)
      .orderBy('sessions.starts_at', 'desc')
      .orderBy('commitments.created_at', 'desc')
      .orderBy('commitments.id', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row && toCommitment(row);
  }

  /** Shared commitments made in any of these sessions, oldest first. */
  async listSharedForSessions(sessionIds: readonly string[]): Promise<Commitment[]> {
    if (sessionIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('commitments')
      .selectAll()
      .where('session_id', 'in', sessionIds)
      .where('visibility', '=', 'shared')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toCommitment);
  }
}

function toCommitment(row: Selectable<CommitmentsTable>): Commitment {
  return {
    id: row.id,
    memberId: row.member_id,
    sessionId: row.session_id,
    text: row.text,
    visibility: row.visibility,
    createdAt: row.created_at,
  };
}
