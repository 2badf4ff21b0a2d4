import { describe, expect, it } from 'vitest';
import { CommitmentsRepository } from './commitments-repository';
import { SessionsRepository } from './sessions-repository';
import { DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('CommitmentsRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const commitments = () => new CommitmentsRepository(database().db);

  async function threeMonthlySessions() {
    const { db } = database();
    const seeded = await seedCohort(db);
    const sessions = new SessionsRepository(db);
    const month = (n: number) => sessions.create({ cohortId: seeded.cohort.id, startsAt: seeded.session.startsAt + n * 30 * DAY, durationMinutes: 90, format: 'council' });
    return { ...seeded, june: seeded.session, july: await month(1), august: await month(2) };
  }

  it("creates commitments and lists a member's, oldest first", async () => {
    const { ada, ben, june, july } = await threeMonthlySessions();
    const first = await commitments().create({ memberId: ada.id, sessionId: june.id, text: 'Delegate the hiring loop', visibility: 'shared' }, T0);
    const second = await commitments().create({ memberId: ada.id, sessionId: july.id, text: 'Ask for feedback', visibility: 'private' }, T0 + DAY);
    await commitments().create({ memberId: ben.id, sessionId: june.id, text: 'Ben’s own', visibility: 'shared' }, T0);

    expect(first).toEqual({ id: expect.any(String), memberId: ada.id, sessionId: june.id, text: 'Delegate the hiring loop', visibility: 'shared', createdAt: T0 });
    expect(await commitments().listByMember(ada.id)).toEqual([first, second]);
  });

  it('finds one by id and changes its text and visibility, nothing else', async () => {
    const { ada, ben, june } = await threeMonthlySessions();
    const adas = await commitments().create({ memberId: ada.id, sessionId: june.id, text: 'Delegate', visibility: 'private' }, T0);
    const bens = await commitments().create({ memberId: ben.id, sessionId: june.id, text: 'Listen', visibility: 'shared' }, T0);

    expect(await commitments().update(adas.id, { text: 'Delegate the hiring loop', visibility: 'shared' })).toBe(true);
    expect(await commitments().findById(adas.id)).toEqual({ ...adas, text: 'Delegate the hiring loop', visibility: 'shared' });
    expect(await commitments().findById(bens.id)).toEqual(bens);
    expect(await commitments().update('00000000-0000-4000-8000-000000000000', { text: 'x', visibility: 'private' })).toBe(false);
    expect(await commitments().findById('00000000-0000-4000-8000-000000000000')).toBeUndefined();
  });

  it('finds the latest commitment from a session before the given one', async () => {
    const { ada, ben, june, july, august } = await threeMonthlySessions();
    await commitments().create({ memberId: ada.id, sessionId: june.id, text: 'June', visibility: 'private' }, T0);
    const july1 = await commitments().create({ memberId: ada.id, sessionId: july.id, text: 'July, first', visibility: 'private' }, T0 + 1);
    const july2 = await commitments().create({ memberId: ada.id, sessionId: july.id, text: 'July, second', visibility: 'shared' }, T0 + 2);
    await commitments().create({ memberId: ada.id, sessionId: august.id, text: 'August', visibility: 'shared' }, T0 + 3);

    expect(await commitments().latestBefore(ada.id, august.startsAt)).toEqual(july2);
    expect((await commitments().latestBefore(ada.id, july.startsAt))?.text).toBe('June');
    expect(await commitments().latestBefore(ada.id, june.startsAt)).toBeUndefined();
    expect(await commitments().latestBefore(ben.id, august.startsAt)).toBeUndefined();
    expect(july1.text).toBe('July, first');
  });

  it('lists only shared commitments of the given sessions', async () => {
    const { ada, ben, june, july, august } = await threeMonthlySessions();
    const adaJune = await commitments().create({ memberId: ada.id, sessionId: june.id, text: 'Shared in June', visibility: 'shared' }, T0);
    await commitments().create({ memberId: ben.id, sessionId: june.id, text: 'Private in June', visibility: 'private' }, T0);
    const benJuly = await commitments().create({ memberId: ben.id, sessionId: july.id, text: 'Shared in July', visibility: 'shared' }, T0 + 1);
    await commitments().create({ memberId: ada.id, sessionId: august.id, text: 'Shared in August', visibility: 'shared' }, T0 + 2);

    expect(await commitments().listSharedForSessions([june.id, july.id])).toEqual([adaJune, benJuly]);
    expect(await commitments().listSharedForSessions([])).toEqual([]);
  });
});
