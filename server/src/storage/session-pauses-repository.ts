import type { Kysely } from 'kysely';
import type { PauseRecord } from '@peercircle/shared';
import type { DatabaseSchema } from './schema';
import { inTransaction } from './transactions';

/** A session's pause: when it began and how long the circle was silent. */
export interface SessionPause {
  startedAt: number;
  lengthMs: number;
}

/** The facts of the guardian's pauses, kept with a session after it ends; nobody's id is stored. */
export class SessionPausesRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Replaces what was saved for the session with these pauses. */
  async saveForSession(sessionId: string, pauses: readonly PauseRecord[]): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      await trx.deleteFrom('session_pauses').where('session_id', '=', sessionId).execute();
      if (pauses.length === 0) return;
      await trx
        .insertInto('session_pauses')
        .values(pauses.map((pause) => ({ session_id: sessionId, started_at: pause.startedAt, length_ms: Math.max(0, pause.endedAt - pause.startedAt) })))
        .execute();
    });
  }

  /** Earliest first. */
  async listForSession(sessionId: string): Promise<SessionPause[]> {
    const rows = await this.db
      .selectFrom('session_pauses')
      .select(['started_at', 'length_ms'])
      .where('session_id', '=', sessionId)
      .orderBy('started_at')
      .execute();
    return rows.map((row) => ({ startedAt: row.started_at, lengthMs: row.length_ms }));
  }
}
