import { describe, expect, it } from 'vitest';
import { MembersRepository } from './members-repository';
import { PresenterBriefsRepository } from './presenter-briefs-repository';
import { SessionsRepository } from './sessions-repository';
import { DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('PresenterBriefsRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const briefs = () => new PresenterBriefsRepository(database().db);

  it('saves a draft, rewrites it whole, and reads it back for its presenter only', async () => {
    const { session, ada, ben } = await seedCohort(database().db);
    await briefs().save({ sessionId: session.id, presenterId: ada.id, issue: 'Whether to move abroad.', background: 'Two\nlines', ready: false, keep: false, updatedAt: T0 });
    const rewritten = await briefs().save({ sessionId: session.id, presenterId: ada.id, issue: 'Whether to move.', ready: true, keep: true, updatedAt: T0 + 1 });
    expect(await briefs().find(session.id, ada.id)).toEqual(rewritten);
    expect(rewritten).toMatchObject({ issue: 'Whether to move.', background: '', ready: true, keep: true, updatedAt: T0 + 1 });
    expect(await briefs().find(session.id, ben.id)).toBeUndefined();
    expect(await briefs().listForPresenter(ada.id)).toEqual([rewritten]);
    expect(await briefs().listForPresenter(ben.id)).toEqual([]);
  });

  it('tells which sessions have a ready brief, and no more', async () => {
    const { cohort, session, ada } = await seedCohort(database().db);
    const later = await new SessionsRepository(database().db).create({ cohortId: cohort.id, startsAt: T0 + 14 * DAY, durationMinutes: 90, format: 'council' });
    await briefs().save({ sessionId: session.id, presenterId: ada.id, issue: 'Ready one.', ready: true, keep: false, updatedAt: T0 });
    await briefs().save({ sessionId: later.id, presenterId: ada.id, issue: 'Draft.', ready: false, keep: false, updatedAt: T0 });
    expect(await briefs().readySessionIds([session.id, later.id])).toEqual(new Set([session.id]));
    expect(await briefs().readySessionIds([])).toEqual(new Set());
  });

  it('deletes the briefs of an ended session except those kept', async () => {
    const { session, ada, ben } = await seedCohort(database().db);
    await briefs().save({ sessionId: session.id, presenterId: ada.id, issue: 'Kept.', ready: true, keep: true, updatedAt: T0 });
    await briefs().save({ sessionId: session.id, presenterId: ben.id, issue: 'Not kept.', ready: true, keep: false, updatedAt: T0 });
    expect(await briefs().deleteUnkept(session.id)).toBe(1);
    expect(await briefs().find(session.id, ada.id)).toMatchObject({ issue: 'Kept.' });
    expect(await briefs().find(session.id, ben.id)).toBeUndefined();
  });

  it('keeps one answer to "Were we helpful?" per session and presenter', async () => {
    const { session, ada } = await seedCohort(database().db);
    await briefs().saveHelpfulness({ sessionId: session.id, presenterId: ada.id, answer: 'partly', words: '', answeredAt: T0 });
    await briefs().saveHelpfulness({ sessionId: session.id, presenterId: ada.id, answer: 'yes', words: 'Very.', answeredAt: T0 + 1 });
    expect(await briefs().findHelpfulness(session.id, ada.id)).toEqual({ sessionId: session.id, presenterId: ada.id, answer: 'yes', words: 'Very.', answeredAt: T0 + 1 });
    expect(await briefs().listHelpfulnessForPresenter(ada.id)).toHaveLength(1);
  });

  it('goes with the member when they are deleted', async () => {
    const { session, ada } = await seedCohort(database().db);
    await briefs().save({ sessionId: session.id, presenterId: ada.id, issue: 'Mine.', ready: false, keep: true, updatedAt: T0 });
    await briefs().saveHelpfulness({ sessionId: session.id, presenterId: ada.id, answer: 'no', words: '', answeredAt: T0 });
    await new MembersRepository(database().db).delete(ada.id);
    expect(await briefs().listForPresenter(ada.id)).toEqual([]);
    expect(await briefs().listHelpfulnessForPresenter(ada.id)).toEqual([]);
  });

  it('refuses an answer outside yes, partly and no in the database too', async () => {
    const { session, ada } = await seedCohort(database().db);
    await expect(
      briefs().saveHelpfulness({ sessionId: session.id, presenterId: ada.id, answer: 'maybe' as 'yes', words: '', answeredAt: T0 }),
    ).rejects.toThrow();
  });
});
