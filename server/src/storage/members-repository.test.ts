import { describe, expect, it } from 'vitest';
import { AttendanceRepository } from './attendance-repository';
import { CommitmentsRepository } from './commitments-repository';
import { InvitesRepository } from './invites-repository';
import { KeptQuestionsRepository } from './kept-questions-repository';
import { MembersRepository } from './members-repository';
import { SessionsRepository } from './sessions-repository';
import { DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('MembersRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const members = () => new MembersRepository(database().db);

  it('creates a member who has not yet accepted the agreement', async () => {
    const { cohort } = await seedCohort(database().db);
    const cleo = await members().create(
      { cohortId: cohort.id, displayName: 'Cleo', email: 'cleo@example.org', timezone: 'America/Chicago', calendarTokenHash: 'cal-cleo' },
      T0,
    );
    expect(cleo).toEqual({
      id: expect.any(String),
      cohortId: cohort.id,
      displayName: 'Cleo',
      email: 'cleo@example.org',
      timezone: 'America/Chicago',
      acceptedAgreementVersion: null,
      calendarTokenHash: 'cal-cleo',
      removedAt: null,
      createdAt: T0,
    });
    expect(await members().findById(cleo.id)).toEqual(cleo);
    expect(await members().findById('none')).toBeUndefined();
  });

  it('takes the id from the caller when given', async () => {
    const { cohort } = await seedCohort(database().db);
    const cleo = await members().create({ id: 'member-cleo', cohortId: cohort.id, displayName: 'Cleo', calendarTokenHash: 'cal-cleo' }, T0);
    expect(cleo).toMatchObject({ id: 'member-cleo', email: null, timezone: null });
    expect(await members().findById('member-cleo')).toEqual(cleo);
  });

  it('lists active members in joining order, and removed ones only when asked', async () => {
    const { cohort, ada, ben } = await seedCohort(database().db);
    expect(await members().markRemoved(ada.id, T0 + DAY)).toBe(true);
    expect(await members().markRemoved(ada.id, T0 + 2 * DAY)).toBe(false);

    expect((await members().listByCohort(cohort.id)).map((m) => m.id)).toEqual([ben.id]);
    const all = await members().listByCohort(cohort.id, { includeRemoved: true });
    expect(all.map((m) => [m.id, m.removedAt])).toEqual([
      [ada.id, T0 + DAY],
      [ben.id, null],
    ]);
  });

  it('records the agreement version a member accepted', async () => {
    const { ada } = await seedCohort(database().db);
    expect(await members().acceptAgreement(ada.id, 3)).toBe(true);
    expect((await members().findById(ada.id))?.acceptedAgreementVersion).toBe(3);
    expect(await members().acceptAgreement('none', 3)).toBe(false);
  });

  it('finds an active member by calendar token hash, never a removed one', async () => {
    const { ada } = await seedCohort(database().db);
    expect(await members().findByCalendarTokenHash(ada.calendarTokenHash)).toEqual(ada);
    await members().markRemoved(ada.id, T0 + DAY);
    expect(await members().findByCalendarTokenHash(ada.calendarTokenHash)).toBeUndefined();
  });

  it('refuses a calendar token hash that is already in use', async () => {
    const { cohort, ada } = await seedCohort(database().db);
    await expect(members().create({ cohortId: cohort.id, displayName: 'Dup', calendarTokenHash: ada.calendarTokenHash }, T0)).rejects.toThrow();
  });

  it('deletes a member with their invites, attendance, commitments and kept questions', async () => {
    const { db } = database();
    const { cohort, ada, ben, session } = await seedCohort(db);
    await new InvitesRepository(db).create({ cohortId: cohort.id, memberId: ada.id, tokenHash: 'inv-ada', expiresAt: T0 + DAY }, T0);
    await new AttendanceRepository(db).recordArrival(session.id, ada.id, T0);
    await new AttendanceRepository(db).recordArrival(session.id, ben.id, T0);
    await new CommitmentsRepository(db).create({ memberId: ada.id, sessionId: session.id, text: 'Talk to my CEO', visibility: 'private' }, T0);
    await new KeptQuestionsRepository(db).saveMany(session.id, ada.id, ['What would you regret?'], T0);
    await new SessionsRepository(db).setPresenter(session.id, ada.id);

    expect(await members().delete(ada.id)).toBe(true);
    expect(await members().delete(ada.id)).toBe(false);

    expect(await members().findById(ada.id)).toBeUndefined();
    expect(await db.selectFrom('invites').selectAll().execute()).toEqual([]);
    expect((await db.selectFrom('attendance').select('member_id').execute()).map((r) => r.member_id)).toEqual([ben.id]);
    expect(await db.selectFrom('commitments').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('kept_questions').selectAll().execute()).toEqual([]);
    expect((await new SessionsRepository(db).findById(session.id))?.presenterId).toBeNull();
  });
});
