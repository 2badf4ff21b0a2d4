import { describe, expect, it } from 'vitest';
import { CohortsRepository } from './cohorts-repository';
import { FacilitatorsRepository } from './facilitators-repository';
import { cohortInput, facilitatorInput, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('CohortsRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const cohorts = () => new CohortsRepository(database().db);
  const newFacilitator = (displayName = 'Fay') =>
    new FacilitatorsRepository(database().db).create({ ...facilitatorInput(), displayName }, T0);

  it('creates a cohort at agreement version 1 with its creator as facilitator', async () => {
    const fay = await newFacilitator();
    const cohort = await cohorts().create(cohortInput(fay.id), T0);
    expect(cohort).toEqual({
      ...cohortInput(fay.id),
      id: expect.any(String),
      agreementVersion: 1,
      privacyChecklist: ['privateSpace', 'headphones'],
      anyMemberMayPause: false,
      notesRetentionDays: 90,
      createdAt: T0,
    });
    expect(await cohorts().findById(cohort.id)).toEqual(cohort);
    expect(await cohorts().isFacilitator(cohort.id, fay.id)).toBe(true);
    expect(await cohorts().findById('none')).toBeUndefined();
  });

  it('keeps which privacy checklist items a cohort asks, from none to both', async () => {
    const fay = await newFacilitator();
    const cohort = await cohorts().create({ ...cohortInput(fay.id), privacyChecklist: ['headphones'] }, T0);
    expect((await cohorts().findById(cohort.id))?.privacyChecklist).toEqual(['headphones']);

    for (const privacyChecklist of [[], ['privateSpace'], ['headphones', 'privateSpace']] as const) {
      const updated = await cohorts().update(cohort.id, { privacyChecklist: [...privacyChecklist] });
      expect(updated?.privacyChecklist).toEqual(['privateSpace', 'headphones'].filter((item) => (privacyChecklist as readonly string[]).includes(item)));
      expect(await cohorts().findById(cohort.id)).toEqual(updated);
    }
    // Other changes leave the checklist alone.
    expect((await cohorts().update(cohort.id, { name: 'Renamed' }))?.privacyChecklist).toEqual(['privateSpace', 'headphones']);
  });

  it('leaves nothing behind when the creator does not exist', async () => {
    await expect(cohorts().create(cohortInput('no-such-facilitator'), T0)).rejects.toThrow();
    expect(await database().db.selectFrom('cohorts').selectAll().execute()).toEqual([]);
  });

  it('creates inside a caller’s transaction and rolls back with it', async () => {
    const fay = await newFacilitator();
    const failed = database()
      .db.transaction()
      .execute(async (trx) => {
        await new CohortsRepository(trx).create(cohortInput(fay.id), T0);
        throw new Error('changed my mind');
      });
    await expect(failed).rejects.toThrow('changed my mind');
    expect(await cohorts().listForFacilitator(fay.id)).toEqual([]);
  });

  it('lists the cohorts a facilitator co-facilitates, oldest first', async () => {
    const fay = await newFacilitator('Fay');
    const gus = await newFacilitator('Gus');
    const first = await cohorts().create(cohortInput(fay.id), T0);
    const second = await cohorts().create({ ...cohortInput(gus.id), name: 'CTO circle' }, T0 + 1);
    await cohorts().addFacilitator(second.id, fay.id);
    await cohorts().addFacilitator(second.id, fay.id);

    expect((await cohorts().listForFacilitator(fay.id)).map((c) => c.id)).toEqual([first.id, second.id]);
    expect((await cohorts().listForFacilitator(gus.id)).map((c) => c.id)).toEqual([second.id]);
    expect(await cohorts().isFacilitator(first.id, gus.id)).toBe(false);
    expect(await cohorts().listFacilitators(second.id)).toEqual(
      [fay, gus].map((f) => ({ id: f.id, displayName: f.displayName })).sort((a, b) => a.displayName.localeCompare(b.displayName)),
    );
    expect(await cohorts().isFacilitator(second.id, fay.id)).toBe(true);
  });

  it('updates the given fields and bumps the agreement version only when its text changes', async () => {
    const fay = await newFacilitator();
    const cohort = await cohorts().create(cohortInput(fay.id), T0);

    const renamed = await cohorts().update(cohort.id, { name: 'Renamed', purpose: 'New purpose', cadenceJson: '{}', defaultFormat: 'case-clinic' });
    expect(renamed).toEqual({ ...cohort, name: 'Renamed', purpose: 'New purpose', cadenceJson: '{}', defaultFormat: 'case-clinic' });

    const sameText = await cohorts().update(cohort.id, { agreementText: cohort.agreementText });
    expect(sameText?.agreementVersion).toBe(1);

    const newText = await cohorts().update(cohort.id, { agreementText: 'Names stay in the room.' });
    expect(newText).toMatchObject({ agreementText: 'Names stay in the room.', agreementVersion: 2, name: 'Renamed' });
    expect(await cohorts().findById(cohort.id)).toEqual(newText);

    expect(await cohorts().update(cohort.id, {})).toEqual(newText);
    expect(await cohorts().update('none', { name: 'x' })).toBeUndefined();
  });

  it('lets only the guardian call a pause until the facilitator opens it to every member', async () => {
    const cohort = await cohorts().create(cohortInput((await newFacilitator()).id), T0);
    expect(cohort.anyMemberMayPause).toBe(false);
    expect(await cohorts().update(cohort.id, { anyMemberMayPause: true })).toMatchObject({ anyMemberMayPause: true, name: cohort.name });
    expect(await cohorts().findById(cohort.id)).toMatchObject({ anyMemberMayPause: true });
    expect(await cohorts().update(cohort.id, { notesRetentionDays: 30 })).toMatchObject({ notesRetentionDays: 30 });
    expect(await cohorts().findById(cohort.id)).toMatchObject({ notesRetentionDays: 30 });
    expect(await cohorts().update(cohort.id, { anyMemberMayPause: false })).toMatchObject({ anyMemberMayPause: false });
  });
});
