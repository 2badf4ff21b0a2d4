import { describe, expect, it } from 'vitest';
import { AttendanceRepository } from './attendance-repository';
import { CohortsRepository } from './cohorts-repository';
import { MembersRepository } from './members-repository';
import { SessionsRepository } from './sessions-repository';
import { cohortInput, DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('AttendanceRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const attendance = () => new AttendanceRepository(database().db);

  it('keeps the first arrival and adds up every stay', async () => {
    const { session, ada } = await seedCohort(database().db);
    await attendance().recordArrival(session.id, ada.id, T0);
    expect(await attendance().recordDeparture(session.id, ada.id, T0 + 60_000, 60_000)).toBe(true);
    await attendance().recordArrival(session.id, ada.id, T0 + 120_000);
    await attendance().recordDeparture(session.id, ada.id, T0 + 150_000, 30_000);

    expect(await attendance().listBySession(session.id)).toEqual([
      { sessionId: session.id, memberId: ada.id, firstJoinedAt: T0, lastLeftAt: T0 + 150_000, presentMs: 90_000 },
    ]);
  });

  it('ignores a departure without an arrival', async () => {
    const { session, ada } = await seedCohort(database().db);
    expect(await attendance().recordDeparture(session.id, ada.id, T0, 1_000)).toBe(false);
    expect(await attendance().listBySession(session.id)).toEqual([]);
  });

  it('lists a session in order of arrival', async () => {
    const { session, ada, ben } = await seedCohort(database().db);
    await attendance().recordArrival(session.id, ben.id, T0);
    await attendance().recordArrival(session.id, ada.id, T0 + 1);
    expect((await attendance().listBySession(session.id)).map((a) => a.memberId)).toEqual([ben.id, ada.id]);
  });

  it("lists a cohort's attendance with each session's start, and a member's own", async () => {
    const { db } = database();
    const { cohort, facilitator, session, ada, ben } = await seedCohort(db);
    const sessions = new SessionsRepository(db);
    const earlier = await sessions.create({ cohortId: cohort.id, startsAt: session.startsAt - 30 * DAY, durationMinutes: 90, format: 'council' });
    const otherCohort = await new CohortsRepository(db).create(cohortInput(facilitator.id), T0);
    const outsider = await new MembersRepository(db).create({ cohortId: otherCohort.id, displayName: 'Out', calendarTokenHash: 'cal-out' }, T0);
    const otherSession = await sessions.create({ cohortId: otherCohort.id, startsAt: T0, durationMinutes: 60, format: 'council' });
    await attendance().recordArrival(session.id, ada.id, T0 + 10);
    await attendance().recordArrival(earlier.id, ben.id, T0 + 20);
    await attendance().recordArrival(earlier.id, ada.id, T0 + 30);
    await attendance().recordArrival(otherSession.id, outsider.id, T0);

    const forCohort = await attendance().listByCohort(cohort.id);
    expect(forCohort.map((a) => [a.sessionId, a.memberId, a.sessionStartsAt])).toEqual([
      [earlier.id, ben.id, earlier.startsAt],
      [earlier.id, ada.id, earlier.startsAt],
      [session.id, ada.id, session.startsAt],
    ]);
    expect((await attendance().listByMember(ada.id)).map((a) => a.sessionId)).toEqual([session.id, earlier.id]);
  });
});
