import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { DatabaseSchema, SessionsTable } from './schema';

export type SessionStatus = SessionsTable['status'];

/** One of a cohort's meetings. */
export interface CohortSession {
  id: string;
  cohortId: string;
  startsAt: number;
  durationMinutes: number;
  format: string;
  /** Chosen by a facilitator; null means "by rotation" when the session opens. */
  presenterOverrideId: string | null;
  presenterId: string | null;
  status: SessionStatus;
  /** Whether members skip the lobby. */
  doorOpen: boolean;
  openedAt: number | null;
  /** When the circle began (its check-in); null before. */
  startedAt: number | null;
  endedAt: number | null;
}

export interface NewCohortSession {
  cohortId: string;
  startsAt: number;
  durationMinutes: number;
  format: string;
  presenterOverrideId?: string | null;
}

export class SessionsRepository {
  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  async create(input: NewCohortSession): Promise<CohortSession> {
    const session: CohortSession = {
      id: randomUUID(),
      cohortId: input.cohortId,
      startsAt: input.startsAt,
      durationMinutes: input.durationMinutes,
      format: input.format,
      presenterOverrideId: input.presenterOverrideId ?? null,
      presenterId: null,
      status: 'scheduled',
      doorOpen: false,
      openedAt: null,
      startedAt: null,
      endedAt: null,
    };
    await this.db
      .insertInto('sessions')
      .values({
        id: session.id,
        cohort_id: session.cohortId,
        starts_at: session.startsAt,
        duration_minutes: session.durationMinutes,
        format: session.format,
        presenter_override_id: session.presenterOverrideId,
        presenter_id: session.presenterId,
        status: session.status,
        door_open: 0,
        opened_at: session.openedAt,
        started_at: session.startedAt,
        ended_at: session.endedAt,
      })
      .execute();
    return session;
  }

  async findById(id: string): Promise<CohortSession | undefined> {
    const row = await this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toCohortSession(row);
  }

  /** Every session of the cohort, earliest first. */
  async listByCohort(cohortId: string): Promise<CohortSession[]> {
    const rows = await this.db.selectFrom('sessions').selectAll().where('cohort_id', '=', cohortId).orderBy('starts_at').orderBy('id').execute();
    return rows.map(toCohortSession);
  }

  /** Sessions still to come or under way: open ones, and scheduled ones that have not ended by the clock. */
  async listUpcoming(cohortId: string, now: number, limit: number): Promise<CohortSession[]> {
    const rows = await this.db
      .selectFrom('sessions')
      .selectAll()
      .where('cohort_id', '=', cohortId)
      .where((eb) =>
        eb.or([
          eb('status', '=', 'open'),
          eb.and([eb('status', '=', 'scheduled'), eb(eb('starts_at', '+', eb('duration_minutes', '*', 60_000)), '>', now)]),
        ]),
      )
      .orderBy('starts_at')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map(toCohortSession);
  }

  /** Opening records `openedAt` (the first time only), ending records `endedAt`; cancelling records neither. */
  async setStatus(id: string, status: Exclude<SessionStatus, 'scheduled'>, now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('sessions')
      .set((eb) => ({
        status,
        ...(status === 'open' && { opened_at: eb.fn.coalesce('opened_at', eb.val(now)) }),
        ...(status === 'ended' && { ended_at: now }),
      }))
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Records when the circle began; a second call keeps the first time. */
  async setStarted(id: string, now: number): Promise<boolean> {
    const result = await this.db
      .updateTable('sessions')
      .set((eb) => ({ started_at: eb.fn.coalesce('started_at', eb.val(now)) }))
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async setFormat(id: string, format: string): Promise<boolean> {
    const result = await this.db.updateTable('sessions').set({ format }).where('id', '=', id).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async setPresenter(id: string, presenterId: string | null): Promise<boolean> {
    const result = await this.db.updateTable('sessions').set({ presenter_id: presenterId }).where('id', '=', id).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async setPresenterOverride(id: string, presenterOverrideId: string | null): Promise<boolean> {
    const result = await this.db
      .updateTable('sessions')
      .set({ presenter_override_id: presenterOverrideId })
      .where('id', '=', id)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  async setDoorOpen(id: string, doorOpen: boolean): Promise<boolean> {
    const result = await this.db.updateTable('sessions').set({ door_open: doorOpen ? 1 : 0 }).where('id', '=', id).executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Sessions left open, across all cohorts: the ones to restore after a restart. */
  async listOpen(): Promise<CohortSession[]> {
    const rows = await this.db.selectFrom('sessions').selectAll().where('status', '=', 'open').orderBy('starts_at').orderBy('id').execute();
    return rows.map(toCohortSession);
  }

  /** Drops the scheduled sessions after `now`, e.g. before re-planning for a new cadence; returns how many. */
  async deleteFutureScheduled(cohortId: string, now: number): Promise<number> {
    const result = await this.db
      .deleteFrom('sessions')
      .where('cohort_id', '=', cohortId)
      .where('status', '=', 'scheduled')
      .where('starts_at', '>', now)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

function toCohortSession(row: Selectable<SessionsTable>): CohortSession {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    startsAt: row.starts_at,
    durationMinutes: row.duration_minutes,
    format: row.format,
    presenterOverrideId: row.presenter_override_id,
    presenterId: row.presenter_id,
    status: row.status,
    doorOpen: row.door_open === 1,
    openedAt: row.opened_at,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  };
}
