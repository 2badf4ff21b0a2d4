import { describe, expect, it } from 'vitest';
import { MonthlyUpdatesRepository } from './monthly-updates-repository';
import { SessionsRepository } from './sessions-repository';
import { DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

const areas = (r: number) => [
  { rating: r, line: `work ${r}` },
  { rating: 10 - r + 1, line: '' },
  { rating: 5, line: 'self' },
];

describe.each(testDatabaseDialects())('MonthlyUpdatesRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const updates = () => new MonthlyUpdatesRepository(database().db);

  it('keeps one update per member and session, replaced on resubmission, topics by rank', async () => {
    const { ada, session } = await seedCohort(database().db);
    await updates().submit({ sessionId: session.id, memberId: ada.id, areas: areas(3), topics: [], shareWithFacilitator: false }, T0);
    const topics = [
      { title: 'Second', rank: 2, mightPresent: false, urgency: 'medium' as const },
      { title: 'First', rank: 1, mightPresent: true, urgency: 'medium' as const },
    ];
    await updates().submit({ sessionId: session.id, memberId: ada.id, areas: areas(8), topics, shareWithFacilitator: true }, T0 + 1);
    expect(await updates().find(session.id, ada.id)).toEqual({
      sessionId: session.id,
      memberId: ada.id,
      areas: areas(8),
      topics: [topics[1], topics[0]],
      shareWithFacilitator: true,
      submittedAt: T0 + 1,
    });
    expect(await updates().listForSession(session.id)).toHaveLength(1);
  });

  it("the facilitator's read names who submitted and carries areas only where shared, never topics", async () => {
    const { ada, ben, session } = await seedCohort(database().db);
    await updates().submit({ sessionId: session.id, memberId: ada.id, areas: areas(2), topics: [{ title: 'Secret', rank: 1, mightPresent: true, urgency: 'medium' }], shareWithFacilitator: false }, T0);
    await updates().submit({ sessionId: session.id, memberId: ben.id, areas: areas(9), topics: [{ title: 'Open', rank: 1, mightPresent: false, urgency: 'medium' }], shareWithFacilitator: true }, T0);
    const read = await updates().listForFacilitator(session.id);
    expect(read).toEqual(
      expect.arrayContaining([
        { memberId: ada.id, sharedAreas: null },
        { memberId: ben.id, sharedAreas: areas(9) },
      ]),
    );
    expect(JSON.stringify(read)).not.toMatch(/Secret|Open|work 2/);
  });

  it("lists a member's own updates oldest session first, and deletes only theirs", async () => {
    const { cohort, ada, ben, session } = await seedCohort(database().db);
    const later = await new SessionsRepository(database().db).create({ cohortId: cohort.id, startsAt: session.startsAt + 30 * DAY, durationMinutes: 90, format: 'council' });
    await updates().submit({ sessionId: later.id, memberId: ada.id, areas: areas(6), topics: [], shareWithFacilitator: false }, T0 + 2);
    await updates().submit({ sessionId: session.id, memberId: ada.id, areas: areas(4), topics: [], shareWithFacilitator: false }, T0 + 1);
    await updates().submit({ sessionId: session.id, memberId: ben.id, areas: areas(7), topics: [], shareWithFacilitator: false }, T0 + 1);
    const mine = await updates().listByMember(ada.id);
    expect(mine.map((u) => [u.sessionId, u.sessionStartsAt, u.areas[0]!.rating])).toEqual([
      [session.id, session.startsAt, 4],
      [later.id, later.startsAt, 6],
    ]);
    expect(await updates().deleteForMember(ada.id)).toBe(2);
    expect(await updates().listByMember(ada.id)).toEqual([]);
    expect(await updates().listForSession(session.id)).toHaveLength(1);
  });

  it('refuses a rating outside 1…10 at the database too', async () => {
    const { ada, session } = await seedCohort(database().db);
    await expect(updates().submit({ sessionId: session.id, memberId: ada.id, areas: [{ rating: 11, line: '' }, ...areas(5).slice(1)], topics: [], shareWithFacilitator: false }, T0)).rejects.toThrow();
  });

  it('area names default to work, relationships, self and can be renamed per cohort', async () => {
    const { cohort } = await seedCohort(database().db);
    expect(await updates().areaNames(cohort.id)).toEqual(['work', 'relationships', 'self']);
    await updates().renameAreas(cohort.id, ['career', 'family', 'health']);
    expect(await updates().areaNames(cohort.id)).toEqual(['career', 'family', 'health']);
  });
});
