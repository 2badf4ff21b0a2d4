import type { Kysely, Selectable } from 'kysely';
import type { ForumRole } from '@peercircle/shared';
import type { DatabaseSchema, RoleHoldingsTable } from './schema';

/** Someone took up a forum role in a running circle. */
export interface RoleHolding {
  role: ForumRole;
  participantId: string;
  /** When they (last) took it up in that session. */
  heldAt: number;
}

export interface SessionRoleHolding extends RoleHolding {
  sessionId: string;
  sessionStartsAt: number;
}

export class RoleHoldingsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Adds the holdings to the session's; taking a role up again in one session moves `heldAt` on. */
  async record(sessionId: string, holdings: readonly RoleHolding[]): Promise<void> {
    if (holdings.length === 0) return;
    await this.db
      .insertInto('role_holdings')
      .values(holdings.map((holding) => ({ session_id: sessionId, role: holding.role, participant_id: holding.participantId, held_at: holding.heldAt })))
      .onConflict((oc) =>
        oc.columns(['session_id', 'role', 'participant_id']).doUpdateSet((eb) => ({ held_at: eb.ref('excluded.held_at') })),
      )
      .execute();
  }

  /** Every holding in the cohort's sessions but `exceptSessionId`, earliest session first. */
  async listByCohort(cohortId: string, exceptSessionId?: string): Promise<SessionRoleHolding[]> {
    let query = this.holdingsWithSession().where('sessions.cohort_id', '=', cohortId);
    if (exceptSessionId !== undefined) query = query.where('role_holdings.session_id', '!=', exceptSessionId);
    return (await query.execute()).map(toSessionRoleHolding);
  }

  async listForParticipant(participantId: string): Promise<SessionRoleHolding[]> {
    const rows = await this.holdingsWithSession().where('role_holdings.participant_id', '=', participantId).execute();
    return rows.map(toSessionRoleHolding);
  }

  /** Returns how many rows were deleted. */
  async deleteForParticipant(participantId: string): Promise<number> {
    const result = await this.db.deleteFrom('role_holdings').where('participant_id', '=', participantId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  private holdingsWithSession() {
    return this.db
      .selectFrom('role_holdings')
      .innerJoin('sessions', 'sessions.id', 'role_holdings.session_id')
      .selectAll('role_holdings')
      .select('sessions.starts_at')
      .orderBy('sessions.starts_at')
      .orderBy('role_holdings.session_id')
      .orderBy('role_holdings.held_at')
      .orderBy('role_holdings.role')
      .orderBy('role_holdings.participant_id');
  }
}

function toSessionRoleHolding(row: Selectable<RoleHoldingsTable> & { starts_at: number }): SessionRoleHolding {
  return {
    sessionId: row.session_id,
    sessionStartsAt: row.starts_at,
    role: row.role,
    participantId: row.participant_id,
    heldAt: row.held_at,
  };
}
