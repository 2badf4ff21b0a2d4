import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, KeptQuestionsTable } from './schema';

/** A question the presenter chose to keep after their session; theirs alone to read. */
export interface KeptQuestion {
  id: string;
  sessionId: string;
  presenterId: string;
  text: string;
  createdAt: number;
}

export class KeptQuestionsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Keeps the texts in the order given. */
  async saveMany(sessionId: string, presenterId: string, texts: readonly string[], now: number): Promise<KeptQuestion[]> {
    const questions = texts.map((text) => ({ id: randomUUID(), sessionId, presenterId, text, createdAt: now }));
    if (questions.length === 0) return [];
    await this.db
      .insertInto('kept_questions')
      .values(
        questions.map((question, position) => ({
          id: question.id,
          session_id: question.sessionId,
          presenter_id: question.presenterId,
          text: question.text,
          position,
          created_at: question.createdAt,
        })),
      )
      .execute();
    return questions;
  }

  /** Oldest first, in the order they were kept. */
  async listForPresenter(presenterId: string): Promise<KeptQuestion[]> {
    const rows = await this.db
      .selectFrom('kept_questions')
      .selectAll()
      .where('presenter_id', '=', presenterId)
      .orderBy('created_at')
      .orderBy('session_id')
      .orderBy('position')
      .execute();
    return rows.map(toKeptQuestion);
  }
}

function toKeptQuestion(row: Selectable<KeptQuestionsTable>): KeptQuestion {
  return { id: row.id, sessionId: row.session_id, presenterId: row.presenter_id, text: row.text, createdAt: row.created_at };
}
