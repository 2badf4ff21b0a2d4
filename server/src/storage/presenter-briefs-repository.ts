import type { Kysely, Selectable } from 'kysely';
import type { HelpfulnessAnswer, PresenterBriefContent } from '@peercircle/shared';
import type { DatabaseSchema, PresenterBriefsTable, SessionHelpfulnessTable } from './schema';

/** A presenter's brief for one session, as stored. */
export interface StoredPresenterBrief extends PresenterBriefContent {
  sessionId: string;
  presenterId: string;
  ready: boolean;
  keep: boolean;
  updatedAt: number;
}

export interface StoredHelpfulness {
  sessionId: string;
  presenterId: string;
  answer: HelpfulnessAnswer;
  words: string;
  answeredAt: number;
}

const emptyContent: PresenterBriefContent = { issue: '', stakes: '', background: '', feelings: '', tried: '', options: '', wantFromGroup: '', notWanted: '' };

/** Briefs and the presenter's "Were we helpful?": each row is one presenter's, about one session. */
export class PresenterBriefsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Writes the whole brief (fields left out become empty). */
  async save(brief: Omit<StoredPresenterBrief, keyof PresenterBriefContent> & Partial<PresenterBriefContent>): Promise<StoredPresenterBrief> {
    const stored: StoredPresenterBrief = { ...emptyContent, ...brief };
    const columns = {
      issue: stored.issue,
      stakes: stored.stakes,
      background: stored.background,
      feelings: stored.feelings,
      tried: stored.tried,
      options: stored.options,
      want_from_group: stored.wantFromGroup,
      not_wanted: stored.notWanted,
      ready: stored.ready ? 1 : 0,
      keep: stored.keep ? 1 : 0,
      updated_at: stored.updatedAt,
    };
    await this.db
      .insertInto('presenter_briefs')
      .values({ session_id: stored.sessionId, presenter_id: stored.presenterId, ...columns })
      .onConflict((conflict) => conflict.columns(['session_id', 'presenter_id']).doUpdateSet(columns))
      .execute();
    return stored;
  }

  async find(sessionId: string, presenterId: string): Promise<StoredPresenterBrief | undefined> {
    const row = await this.db
      .selectFrom('presenter_briefs')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('presenter_id', '=', presenterId)
      .executeTakeFirst();
    return row && toBrief(row);
  }

  /** Whether each of these sessions' presenter has marked a brief ready, and nothing of what it says. */
  async readySessionIds(sessionIds: readonly string[]): Promise<Set<string>> {
    if (sessionIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('presenter_briefs')
      .select(['session_id', 'presenter_id'])
      .where('session_id', 'in', sessionIds)
      .where('ready', '=', 1)
      .execute();
    return new Set(rows.map((row) => row.session_id));
  }

  /** Oldest session first. */
  async listForPresenter(presenterId: string): Promise<StoredPresenterBrief[]> {
    const rows = await this.db.selectFrom('presenter_briefs').selectAll().where('presenter_id', '=', presenterId).orderBy('updated_at').execute();
    return rows.map(toBrief);
  }

  /** At the session's end: every brief for it that its presenter did not choose to keep. */
  async deleteUnkept(sessionId: string): Promise<number> {
    const result = await this.db.deleteFrom('presenter_briefs').where('session_id', '=', sessionId).where('keep', '=', 0).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async saveHelpfulness(answer: StoredHelpfulness): Promise<void> {
    const columns = { answer: answer.answer, words: answer.words, answered_at: answer.answeredAt };
    await this.db
      .insertInto('session_helpfulness')
      .values({ session_id: answer.sessionId, presenter_id: answer.presenterId, ...columns })
      .onConflict((conflict) => conflict.columns(['session_id', 'presenter_id']).doUpdateSet(columns))
      .execute();
  }

  async findHelpfulness(sessionId: string, presenterId: string): Promise<StoredHelpfulness | undefined> {
    const row = await this.db
      .selectFrom('session_helpfulness')
      .selectAll()
      .where('session_id', '=', sessionId)
      .where('presenter_id', '=', presenterId)
      .executeTakeFirst();
    return row && toHelpfulness(row);
  }

  async listHelpfulnessForPresenter(presenterId: string): Promise<StoredHelpfulness[]> {
    const rows = await this.db.selectFrom('session_helpfulness').selectAll().where('presenter_id', '=', presenterId).orderBy('answered_at').execute();
    return rows.map(toHelpfulness);
  }
}

function toBrief(row: Selectable<PresenterBriefsTable>): StoredPresenterBrief {
  return {
    sessionId: row.session_id,
    presenterId: row.presenter_id,
    issue: row.issue,
    stakes: row.stakes,
    background: row.background,
    feelings: row.feelings,
    tried: row.tried,
    options: row.options,
    wantFromGroup: row.want_from_group,
    notWanted: row.not_wanted,
    ready: Number(row.ready) === 1,
    keep: Number(row.keep) === 1,
    updatedAt: Number(row.updated_at),
  };
}

function toHelpfulness(row: Selectable<SessionHelpfulnessTable>): StoredHelpfulness {
  return { sessionId: row.session_id, presenterId: row.presenter_id, answer: row.answer, words: row.words, answeredAt: Number(row.answered_at) };
}
