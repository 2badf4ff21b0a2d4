import { describe, expect, it } from 'vitest';
import { SessionPausesRepository } from './session-pauses-repository';
import { SessionsRepository } from './sessions-repository';
import { DAY, T0, seedCohort } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('SessionPausesRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const pauses = () => new SessionPausesRepository(database().db);

  it("keeps a session's pauses as start and length, earliest first, and replaces them as a whole", async () => {
    const { session } = await seedCohort(database().db);
    const start = T0 + 7 * DAY;
    await pauses().saveForSession(session.id, [{ startedAt: start, endedAt: start + 1 }]);
    await pauses().saveForSession(session.id, [
      { startedAt: start + 3_600_000, endedAt: start + 3_690_000 },
      { startedAt: start + 600_000, endedAt: start + 645_000 },
    ]);
    expect(await pauses().listForSession(session.id)).toEqual([
      { startedAt: start + 600_000, lengthMs: 45_000 },
      { startedAt: start + 3_600_000, lengthMs: 90_000 },
    ]);
    await pauses().saveForSession(session.id, []);
    expect(await pauses().listForSession(session.id)).toEqual([]);
  });

  it('stores nothing but the session, the start and the length', async () => {
    const { session } = await seedCohort(database().db);
    await pauses().saveForSession(session.id, [{ startedAt: T0, endedAt: T0 + 5_000 }]);
    const rows = await database().db.selectFrom('session_pauses').selectAll().execute();
    expect(rows).toEqual([{ session_id: session.id, started_at: T0, length_ms: 5_000 }]);
  });

  it("keeps each session's pauses apart", async () => {
    const { db } = database();
    const { session } = await seedCohort(db);
    const later = await new SessionsRepository(db).create({ cohortId: session.cohortId, startsAt: session.startsAt + 30 * DAY, durationMinutes: 90, format: 'council' });
    await pauses().saveForSession(session.id, [{ startedAt: T0, endedAt: T0 + 1_000 }]);
    await pauses().saveForSession(later.id, [{ startedAt: T0 + 30 * DAY, endedAt: T0 + 30 * DAY + 2_000 }]);
    expect(await pauses().listForSession(session.id)).toEqual([{ startedAt: T0, lengthMs: 1_000 }]);
    expect(await pauses().listForSession(later.id)).toEqual([{ startedAt: T0 + 30 * DAY, lengthMs: 2_000 }]);
  });
});
