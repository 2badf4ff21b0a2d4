import { describe, expect, it } from 'vitest';
import { CohortsRepository } from './cohorts-repository';
import { SessionsRepository } from './sessions-repository';
import { cohortInput, DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

const HOUR = 3_600_000;

describe.each(testDatabaseDialects())('SessionsRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const sessions = () => new SessionsRepository(database().db);
  const schedule = (cohortId: string, startsAt: number) => sessions().create({ cohortId, startsAt, durationMinutes: 90, format: 'council' });

  it('creates a scheduled session with the door closed', async () => {
    const { cohort, ada } = await seedCohort(database().db);
    const created = await sessions().create({ cohortId: cohort.id, startsAt: T0, durationMinutes: 60, format: 'case-clinic', presenterOverrideId: ada.id });
    expect(created).toEqual({
      id: expect.any(String),
      cohortId: cohort.id,
      startsAt: T0,
      durationMinutes: 60,
      format: 'case-clinic',
      presenterOverrideId: ada.id,
      presenterId: null,
      status: 'scheduled',
      doorOpen: false,
      openedAt: null,
      startedAt: null,
      endedAt: null,
    });
    expect(await sessions().findById(created.id)).toEqual(created);
    expect(await sessions().findById('none')).toBeUndefined();
  });

  it("lists a cohort's sessions by start time", async () => {
    const { cohort, session } = await seedCohort(database().db);
    const later = await schedule(cohort.id, session.startsAt + 30 * DAY);
    const earlier = await schedule(cohort.id, session.startsAt - 30 * DAY);
    expect((await sessions().listByCohort(cohort.id)).map((s) => s.id)).toEqual([earlier.id, session.id, later.id]);
  });

  it('lists upcoming sessions: open ones and scheduled ones not yet over, soonest first, up to a limit', async () => {
    const { cohort } = await seedCohort(database().db);
    await sessions().deleteFutureScheduled(cohort.id, 0);
    const now = T0 + 100 * DAY;
    const longAgoStillOpen = await schedule(cohort.id, now - 3 * HOUR);
    await sessions().setStatus(longAgoStillOpen.id, 'open', now - 3 * HOUR);
    await schedule(cohort.id, now - 2 * HOUR);
    const underWay = await schedule(cohort.id, now - HOUR);
    const next = await schedule(cohort.id, now + DAY);
    const cancelled = await schedule(cohort.id, now + 2 * DAY);
    await sessions().setStatus(cancelled.id, 'cancelled', now);
    const afterNext = await schedule(cohort.id, now + 30 * DAY);

    expect((await sessions().listUpcoming(cohort.id, now, 10)).map((s) => s.id)).toEqual([longAgoStillOpen.id, underWay.id, next.id, afterNext.id]);
    expect((await sessions().listUpcoming(cohort.id, now, 2)).map((s) => s.id)).toEqual([longAgoStillOpen.id, underWay.id]);
  });

  it('records when a session first opened and when it ended', async () => {
    const { session } = await seedCohort(database().db);
    expect(await sessions().setStatus(session.id, 'open', T0 + 1)).toBe(true);
    await sessions().setStatus(session.id, 'open', T0 + 2);
    expect(await sessions().findById(session.id)).toMatchObject({ status: 'open', openedAt: T0 + 1, endedAt: null });
    await sessions().setStatus(session.id, 'ended', T0 + 3);
    expect(await sessions().findById(session.id)).toMatchObject({ status: 'ended', openedAt: T0 + 1, endedAt: T0 + 3 });
    expect(await sessions().setStatus('none', 'open', T0)).toBe(false);
  });

  it('records when the circle began, the first time only', async () => {
    const { session } = await seedCohort(database().db);
    expect(await sessions().setStarted(session.id, T0 + 5)).toBe(true);
    await sessions().setStarted(session.id, T0 + 9);
    expect(await sessions().findById(session.id)).toMatchObject({ startedAt: T0 + 5 });
    expect(await sessions().setStarted('none', T0)).toBe(false);
  });

  it('cancels without recording times', async () => {
    const { session } = await seedCohort(database().db);
    await sessions().setStatus(session.id, 'cancelled', T0);
    expect(await sessions().findById(session.id)).toMatchObject({ status: 'cancelled', openedAt: null, endedAt: null });
  });

  it('sets and clears the format, the presenter, the override and the open door', async () => {
    const { session, ada, ben } = await seedCohort(database().db);
    expect(await sessions().setFormat(session.id, 'case-clinic')).toBe(true);
    expect((await sessions().findById(session.id))?.format).toBe('case-clinic');
    expect(await sessions().setPresenterOverride(session.id, ben.id)).toBe(true);
    expect(await sessions().setPresenter(session.id, ada.id)).toBe(true);
    expect(await sessions().setDoorOpen(session.id, true)).toBe(true);
    expect(await sessions().findById(session.id)).toMatchObject({ presenterOverrideId: ben.id, presenterId: ada.id, doorOpen: true });

    await sessions().setPresenterOverride(session.id, null);
    await sessions().setPresenter(session.id, null);
    await sessions().setDoorOpen(session.id, false);
    expect(await sessions().findById(session.id)).toMatchObject({ presenterOverrideId: null, presenterId: null, doorOpen: false });
    expect(await sessions().setDoorOpen('none', true)).toBe(false);
  });

  it('lists the open sessions of every cohort', async () => {
    const { db } = database();
    const first = await seedCohort(db);
    const otherCohort = await new CohortsRepository(db).create(cohortInput(first.facilitator.id), T0);
    const other = await schedule(otherCohort.id, T0 + DAY);
    await sessions().setStatus(first.session.id, 'open', T0);
    await sessions().setStatus(other.id, 'open', T0);
    expect((await sessions().listOpen()).map((s) => s.id).sort()).toEqual([first.session.id, other.id].sort());
  });

  it('deletes only the cohort’s scheduled sessions that start after now', async () => {
    const { db } = database();
    const { cohort, facilitator, session } = await seedCohort(db);
    const otherCohort = await new CohortsRepository(db).create(cohortInput(facilitator.id), T0);
    const past = await schedule(cohort.id, T0 - DAY);
    const futureOpen = await schedule(cohort.id, T0 + 2 * DAY);
    await sessions().setStatus(futureOpen.id, 'open', T0);
    await schedule(cohort.id, T0 + 60 * DAY);
    const otherFuture = await schedule(otherCohort.id, T0 + 60 * DAY);

    expect(await sessions().deleteFutureScheduled(cohort.id, T0)).toBe(2);
    expect((await sessions().listByCohort(cohort.id)).map((s) => s.id)).toEqual([past.id, futureOpen.id]);
    expect(await sessions().findById(otherFuture.id)).toBeDefined();
    expect(await sessions().findById(session.id)).toBeUndefined();
  });
});
