import type { Kysely, Selectable } from 'kysely';
import type { AttendanceTable, DatabaseSchema } from './schema';

export interface AttendanceRecord {
  sessionId: string;
  memberId: string;
  firstJoinedAt: number;
  lastLeftAt: number | null;
  /** Total time present, summed over every stay. */
  presentMs: number;
}

export interface CohortAttendanceRecord extends AttendanceRecord {
  sessionStartsAt: number;
}

export class AttendanceRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Records the first arrival; later arrivals (rejoins) change nothing. */
  async recordArrival(sessionId: string, memberId: string, now: number): Promise<void> {
    await this.db
      .insertInto('attendance')
      .values({ session_id: sessionId, member_id: memberId, first_joined_at: now, last_left_at: null, present_ms: 0 })
      .onConflict((oc) => oc.columns(['session_id', 'member_id']).doNothing())
      .execute();
  }

  /** Adds one stay's length; false when the member never arrived. */
  async recordDeparture(sessionId: string, memberId: string, now: number, presentMs: number): Promise<boolean> {
    const result = await this.db
      .updateTable('attendance')
      .set((eb) => ({ last_left_at: now, present_ms: eb('present_ms', '+', presentMs) }))
      .where('session_id', '=', sessionId)
      .where('member_id', '=', memberId)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** In order of arrival. */
  async listBySession(sessionId: string): Promise<AttendanceRecord[]> {
    const rows = await this.db
      .selectFrom('attendance')
      .selectAll()
      .where('session_id', '=', sessionId)
      .orderBy('first_joined_at')
      .orderBy('member_id')
      .execute();
    return rows.map(toAttendanceRecord);
  }

  /** Across the cohort's sessions, earliest session first. */
  async listByCohort(cohortId: string): Promise<CohortAttendanceRecord[]> {
    const rows = await this.db
      .selectFrom('attendance')
      .innerJoin('sessions', 'sessions.id', 'attendance.session_id')
      .selectAll('attendance')
      .select('sessions.starts_at')
      .where('sessions.cohort_id', '=', cohortId)
      .orderBy('sessions.starts_at')
      .orderBy('attendance.session_id')
      .orderBy('attendance.first_joined_at')
      .orderBy('attendance.member_id')
      .execute();
    return rows.map((row) => ({ ...toAttendanceRecord(row), sessionStartsAt: row.starts_at }));
  }

  async listByMember(memberId: string): Promise<AttendanceRecord[]> {
    const rows = await this.db
      .selectFrom('attendance')
      .selectAll()
      .where('member_id', '=', memberId)
      .orderBy('first_joined_at')
      .orderBy('session_id')
      .execute();
    return rows.map(toAttendanceRecord);
  }
}

function toAttendanceRecord(row: Selectable<AttendanceTable>): AttendanceRecord {
  return {
    sessionId: row.session_id,
    memberId: row.member_id,
    firstJoinedAt: row.first_joined_at,
    lastLeftAt: row.last_left_at,
    presentMs: row.present_ms,
  };
}
