import { describe, expect, it } from 'vitest';
import { CohortsRepository } from './cohorts-repository';
import { RoleHoldingsRepository } from './role-holdings-repository';
import { SessionsRepository } from './sessions-repository';
import { cohortInput, DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('RoleHoldingsRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const holdings = () => new RoleHoldingsRepository(database().db);

  it("keeps one row per role and person in a session, moved on when they take the role up again", async () => {
    const { session, ada, ben } = await seedCohort(database().db);
    await holdings().record(session.id, [
      { role: 'timekeeper', participantId: ada.id, heldAt: T0 + 10 },
      { role: 'scribe', participantId: ada.id, heldAt: T0 + 10 },
    ]);
    await holdings().record(session.id, [{ role: 'timekeeper', participantId: ben.id, heldAt: T0 + 20 }]);
    await holdings().record(session.id, [{ role: 'timekeeper', participantId: ada.id, heldAt: T0 + 30 }]);

    expect((await holdings().listForParticipant(ada.id)).map((h) => [h.role, h.heldAt])).toEqual([
      ['scribe', T0 + 10],
      ['timekeeper', T0 + 30],
    ]);
    expect(await holdings().listForParticipant(ben.id)).toEqual([
      { sessionId: session.id, sessionStartsAt: session.startsAt, role: 'timekeeper', participantId: ben.id, heldAt: T0 + 20 },
    ]);
  });

  it("lists the cohort's other sessions only, earliest first", async () => {
    const { db } = database();
    const { cohort, facilitator, session, ada, ben } = await seedCohort(db);
    const sessions = new SessionsRepository(db);
    const earlier = await sessions.create({ cohortId: cohort.id, startsAt: session.startsAt - 30 * DAY, durationMinutes: 90, format: 'council' });
    const otherCohort = await new CohortsRepository(db).create(cohortInput(facilitator.id), T0);
    const elsewhere = await sessions.create({ cohortId: otherCohort.id, startsAt: T0, durationMinutes: 90, format: 'council' });
    await holdings().record(session.id, [{ role: 'guardian', participantId: ben.id, heldAt: T0 + 7 * DAY }]);
    await holdings().record(earlier.id, [{ role: 'guardian', participantId: ada.id, heldAt: T0 - 23 * DAY }]);
    await holdings().record(elsewhere.id, [{ role: 'guardian', participantId: 'someone-else', heldAt: T0 }]);

    expect((await holdings().listByCohort(cohort.id)).map((h) => [h.sessionId, h.participantId])).toEqual([
      [earlier.id, ada.id],
      [session.id, ben.id],
    ]);
    expect((await holdings().listByCohort(cohort.id, session.id)).map((h) => h.participantId)).toEqual([ada.id]);
  });

  it('refuses a role that does not exist, and goes with its session', async () => {
    const { db } = database();
    const { session, ada } = await seedCohort(db);
    await expect(holdings().record(session.id, [{ role: 'treasurer' as never, participantId: ada.id, heldAt: T0 }])).rejects.toThrow();
    await holdings().record(session.id, [{ role: 'scribe', participantId: ada.id, heldAt: T0 }]);
    await db.deleteFrom('sessions').where('id', '=', session.id).execute();
    expect(await holdings().listForParticipant(ada.id)).toEqual([]);
  });

  it("deletes one person's holdings and no one else's", async () => {
    const { session, ada, ben } = await seedCohort(database().db);
    await holdings().record(session.id, [
      { role: 'scribe', participantId: ada.id, heldAt: T0 },
      { role: 'guardian', participantId: ada.id, heldAt: T0 },
      { role: 'timekeeper', participantId: ben.id, heldAt: T0 },
    ]);
    expect(await holdings().deleteForParticipant(ada.id)).toBe(2);
    expect(await holdings().listForParticipant(ada.id)).toEqual([]);
    expect((await holdings().listForParticipant(ben.id)).map((h) => h.role)).toEqual(['timekeeper']);
  });
});
