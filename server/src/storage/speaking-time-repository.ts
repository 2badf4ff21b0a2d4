import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, SpeakingTimeTable } from './schema';
import { inTransaction } from './transactions';

/** One participant's share of a session. */
export interface SpeakingTime {
  /** A member's or a facilitator's id. */
  participantId: string;
  /** Time holding the floor. */
  floorMs: number;
  /** Time actually heard speaking. */
  voiceMs: number;
  turns: number;
}

export interface SessionSpeakingTime extends SpeakingTime {
  sessionId: string;
  sessionStartsAt: number;
}

export class SpeakingTimeRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Replaces everything saved for the session with these entries. */
  async saveForSession(sessionId: string, entries: readonly SpeakingTime[]): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      await trx.deleteFrom('speaking_time').where('session_id', '=', sessionId).execute();
      if (entries.length === 0) return;
      await trx
        .insertInto('speaking_time')
        .values(
          entries.map((entry) => ({
            session_id: sessionId,
            participant_id: entry.participantId,
            floor_ms: entry.floorMs,
            voice_ms: entry.voiceMs,
            turns: entry.turns,
          })),
        )
        .execute();
    });
  }

  /** Across the cohort's sessions, earliest session first. */
  async listByCohort(cohortId: string): Promise<SessionSpeakingTime[]> {
    const rows = await this.speakingTimeWithSession().where('sessions.cohort_id', '=', cohortId).execute();
    return rows.map(toSessionSpeakingTime);
  }

  async listForParticipant(participantId: string): Promise<SessionSpeakingTime[]> {
    const rows = await this.speakingTimeWithSession().where('speaking_time.participant_id', '=', participantId).execute();
    return rows.map(toSessionSpeakingTime);
  }

  /** Returns how many rows were deleted. */
  async deleteForParticipant(participantId: string): Promise<number> {
    const result = await this.db.deleteFrom('speaking_time').where('participant_id', '=', participantId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private speakingTimeWithSession() {
    return this.db
      .selectFrom('speaking_time')
      .innerJoin('sessions', 'sessions.id', 'speaking_time.session_id')
      .selectAll('speaking_time')
      .select('sessions.starts_at')
      .orderBy('sessions.starts_at')
      .orderBy('speaking_time.session_id')
      .orderBy('speaking_time.participant_id');
  }
}

function toSessionSpeakingTime(row: Selectable<SpeakingTimeTable> & { starts_at: number }): SessionSpeakingTime {
  return {
    sessionId: row.session_id,
    sessionStartsAt: row.starts_at,
    participantId: row.participant_id,
    floorMs: row.floor_ms,
    voiceMs: row.voice_ms,
    turns: row.turns,
  };
}
