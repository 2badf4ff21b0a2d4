import { describe, expect, it } from 'vitest';
import { MeetingReviewsRepository } from './meeting-reviews-repository';
import { MembersRepository } from './members-repository';
import { SessionsRepository } from './sessions-repository';
import { DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('MeetingReviewsRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const reviews = () => new MeetingReviewsRepository(database().db);

  async function twoSessions() {
    const { db } = database();
    const seeded = await seedCohort(db);
    const july = await new SessionsRepository(db).create({ cohortId: seeded.cohort.id, startsAt: seeded.session.startsAt + 30 * DAY, durationMinutes: 90, format: 'council' });
    return { ...seeded, june: seeded.session, july };
  }

  it('keeps one answer per member and session: answering again replaces it', async () => {
    const { ada, ben, june, july } = await twoSessions();
    await reviews().answer({ sessionId: june.id, memberId: ada.id, rating: 6, comment: 'More silence' }, T0);
    await reviews().answer({ sessionId: june.id, memberId: ada.id, rating: 9, comment: null }, T0 + 1);
    await reviews().answer({ sessionId: june.id, memberId: ben.id, rating: 4, comment: 'Start on time' }, T0 + 2);
    await reviews().answer({ sessionId: july.id, memberId: ben.id, rating: 7, comment: null }, T0 + 3);

    expect(await reviews().listAnonymous([june.id])).toEqual(
      expect.arrayContaining([
        { sessionId: june.id, rating: 9, comment: null },
        { sessionId: june.id, rating: 4, comment: 'Start on time' },
      ]),
    );
    expect(await reviews().listAnonymous([june.id])).toHaveLength(2);
    expect(await reviews().listAnonymous([june.id, july.id])).toHaveLength(3);
    expect(await reviews().listAnonymous([])).toEqual([]);
  });

  it('anonymous reads carry no member id nor answering time', async () => {
    const { ada, june } = await twoSessions();
    await reviews().answer({ sessionId: june.id, memberId: ada.id, rating: 8, comment: 'Fine' }, T0);
    const [answer] = await reviews().listAnonymous([june.id]);
    expect(Object.keys(answer!).sort()).toEqual(['comment', 'rating', 'sessionId']);
    expect(JSON.stringify(answer)).not.toContain(ada.id);
  });

  it("lists a member's own answers and deletes them, leaving others'", async () => {
    const { ada, ben, june, july } = await twoSessions();
    await reviews().answer({ sessionId: july.id, memberId: ada.id, rating: 3, comment: 'Too long' }, T0 + 5);
    await reviews().answer({ sessionId: june.id, memberId: ada.id, rating: 8, comment: null }, T0);
    await reviews().answer({ sessionId: june.id, memberId: ben.id, rating: 5, comment: null }, T0);

    expect(await reviews().listByMember(ada.id)).toEqual([
      { sessionId: june.id, rating: 8, comment: null, answeredAt: T0 },
      { sessionId: july.id, rating: 3, comment: 'Too long', answeredAt: T0 + 5 },
    ]);
    expect(await reviews().deleteForMember(ada.id)).toBe(2);
    expect(await reviews().listByMember(ada.id)).toEqual([]);
    expect(await reviews().listAnonymous([june.id, july.id])).toEqual([{ sessionId: june.id, rating: 5, comment: null }]);
  });

  it('erasing the member row cascades to their answers', async () => {
    const { ada, june } = await twoSessions();
    await reviews().answer({ sessionId: june.id, memberId: ada.id, rating: 8, comment: null }, T0);
    await new MembersRepository(database().db).delete(ada.id);
    expect(await reviews().listAnonymous([june.id])).toEqual([]);
  });

  it('the database itself refuses a rating outside 1…10', async () => {
    const { ada, june } = await twoSessions();
    await expect(reviews().answer({ sessionId: june.id, memberId: ada.id, rating: 11, comment: null }, T0)).rejects.toThrow();
    await expect(reviews().answer({ sessionId: june.id, memberId: ada.id, rating: 0, comment: null }, T0)).rejects.toThrow();
  });
});
