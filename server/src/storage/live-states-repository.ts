import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema';

/** The saved circle state of an open session. */
export interface LiveSessionState {
  sessionId: string;
  version: number;
  stateJson: string;
  updatedAt: number;
}

/** A save refused because another node has owned the circle since (a newer lease epoch saved). */
export class StaleOwnerError extends Error {
  override readonly name = 'StaleOwnerError';
}

export class LiveStatesRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /**
   * Replaces whatever was saved, unless a newer owner (a higher `ownerEpoch`) saved it: then nothing
   * changes and StaleOwnerError is thrown. Callers save one session's states in order.
   */
  async save(sessionId: string, version: number, stateJson: string, now: number, ownerEpoch = 0): Promise<void> {
    const result = await this.db
      .insertInto('live_session_states')
      .values({ session_id: sessionId, version, state_json: stateJson, updated_at: now, owner_epoch: ownerEpoch })
      .onConflict((oc) =>
        oc
          .column('session_id')
          .doUpdateSet((eb) => ({
            version: eb.ref('excluded.version'),
            state_json: eb.ref('excluded.state_json'),
            updated_at: eb.ref('excluded.updated_at'),
            owner_epoch: eb.ref('excluded.owner_epoch'),
          }))
          .where('live_session_states.owner_epoch', '<=', ownerEpoch),
      )
      .executeTakeFirst();
    if (result.numInsertedOrUpdatedRows === 0n) throw new StaleOwnerError('another node owns this circle now');
  }

  async load(sessionId: string): Promise<LiveSessionState | undefined> {
    const row = await this.db.selectFrom('live_session_states').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
    return row && { sessionId: row.session_id, version: row.version, stateJson: row.state_json, updatedAt: row.updated_at };
  }

  async delete(sessionId: string): Promise<void> {
    await this.db.deleteFrom('live_session_states').where('session_id', '=', sessionId).execute();
  }
}
