import { describe, expect, it } from 'vitest';
import type { MonthlyUpdateTopic } from '@peercircle/shared';
import { CohortsRepository } from './cohorts-repository';
import { MembersRepository } from './members-repository';
import { ParkedTopicsRepository } from './parked-topics-repository';
import { SessionsRepository } from './sessions-repository';
import { cohortInput, DAY, seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

const topic = (title: string, rank: number, urgency: MonthlyUpdateTopic['urgency'], mightPresent = true): MonthlyUpdateTopic => ({ title, rank, urgency, mightPresent });

describe.each(testDatabaseDialects())('ParkedTopicsRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const lot = () => new ParkedTopicsRepository(database().db);

  it('parks only "might present" topics, most urgent first, then most important, then longest parked', async () => {
    const { cohort, ada, ben, session } = await seedCohort(database().db);
    await lot().replaceFromUpdate({ cohortId: cohort.id, memberId: ada.id, sessionId: session.id, topics: [topic('Hiring', 1, 'medium'), topic('Budget', 2, 'high'), topic('Quiet', 3, 'high', false)] }, T0);
    await lot().replaceFromUpdate({ cohortId: cohort.id, memberId: ben.id, sessionId: session.id, topics: [topic('Reorg', 2, 'medium')] }, T0 - 1);
    expect((await lot().listByMember(ada.id)).map((t) => [t.title, t.urgency, t.importance, t.parkedAt, t.shared])).toEqual([
      ['Budget', 'high', 2, T0, false],
      ['Hiring', 'medium', 1, T0, false],
    ]);
    expect((await lot().listForCohort(cohort.id)).map((t) => [t.memberId, t.urgency, t.importance])).toEqual([
      [ada.id, 'high', 2],
      [ada.id, 'medium', 1],
      [ben.id, 'medium', 2],
    ]);
  });

  it("a replaced update replaces that session's topics without duplicates; same title keeps date and sharing; other sessions stay", async () => {
    const { cohort, ada, session } = await seedCohort(database().db);
    const later = await new SessionsRepository(database().db).create({ cohortId: cohort.id, startsAt: session.startsAt + 30 * DAY, durationMinutes: 90, format: 'council' });
    await lot().replaceFromUpdate({ cohortId: cohort.id, memberId: ada.id, sessionId: session.id, topics: [topic('Hiring', 1, 'low'), topic('Budget', 2, 'low')] }, T0);
    const hiring = (await lot().listByMember(ada.id)).find((t) => t.title === 'Hiring')!;
    expect(await lot().setShared(ada.id, hiring.id, true)).toBe(true);
    await lot().replaceFromUpdate({ cohortId: cohort.id, memberId: ada.id, sessionId: later.id, topics: [topic('Later', 1, 'low')] }, T0 + 1);
    await lot().replaceFromUpdate({ cohortId: cohort.id, memberId: ada.id, sessionId: session.id, topics: [topic('Hiring', 1, 'high'), topic('Board', 2, 'low')] }, T0 + 2);
    await lot().replaceFromUpdate({ cohortId: cohort.id, memberId: ada.id, sessionId: session.id, topics: [topic('Hiring', 1, 'high'), topic('Board', 2, 'low')] }, T0 + 3);
    expect((await lot().listByMember(ada.id)).map((t) => [t.title, t.urgency, t.parkedAt, t.shared])).toEqual([
      ['Hiring', 'high', T0, true],
      ['Later', 'low', T0 + 1, false],
      ['Board', 'low', T0 + 2, false],
    ]);
    await lot().replaceFromUpdate({ cohortId: cohort.id, memberId: ada.id, sessionId: session.id, topics: [topic('Hiring', 1, 'high', false)] }, T0 + 4);
    expect((await lot().listByMember(ada.id)).map((t) => t.title)).toEqual(['Later']);
  });

  it("the facilitator's read carries a title only where shared", async () => {
    const { cohort, ada, ben, session } = await seedCohort(database().db);
    await lot().replaceFromUpdate({ cohortId: cohort.id, memberId: ada.id, sessionId: session.id, topics: [topic('Secret', 1, 'high')] }, T0);
    await lot().replaceFromUpdate({ cohortId: cohort.id, memberId: ben.id, sessionId: session.id, topics: [topic('Open', 1, 'low')] }, T0);
    const open = (await lot().listByMember(ben.id))[0]!;
    await lot().setShared(ben.id, open.id, true);
    const read = await lot().listForCohort(cohort.id);
    expect(read.map((t) => [t.memberId, t.title])).toEqual([
      [ada.id, null],
      [ben.id, 'Open'],
    ]);
    expect(JSON.stringify(read)).not.toContain('Secret');
  });

  it("only the owner can share or remove a topic; another cohort's lot is separate; erasure takes only theirs", async () => {
    const { db } = database();
    const { cohort, facilitator, ada, ben, session } = await seedCohort(db);
    const other = await new CohortsRepository(db).create(cohortInput(facilitator.id), T0);
    const cleo = await new MembersRepository(db).create({ cohortId: other.id, displayName: 'Cleo', calendarTokenHash: 'cal-cleo' }, T0);
    const otherSession = await new SessionsRepository(db).create({ cohortId: other.id, startsAt: T0 + DAY, durationMinutes: 90, format: 'council' });
    await lot().replaceFromUpdate({ cohortId: cohort.id, memberId: ada.id, sessionId: session.id, topics: [topic('Ada', 1, 'high')] }, T0);
    await lot().replaceFromUpdate({ cohortId: cohort.id, memberId: ben.id, sessionId: session.id, topics: [topic('Ben', 1, 'high')] }, T0);
    await lot().replaceFromUpdate({ cohortId: other.id, memberId: cleo.id, sessionId: otherSession.id, topics: [topic('Cleo', 1, 'high')] }, T0);
    const adas = (await lot().listByMember(ada.id))[0]!;
    expect(await lot().setShared(ben.id, adas.id, true)).toBe(false);
    expect(await lot().removeOwn(ben.id, adas.id)).toBe(false);
    expect(await lot().findOwn(ben.id, adas.id)).toBeUndefined();
    expect((await lot().findOwn(ada.id, adas.id))?.shared).toBe(false);
    expect((await lot().listForCohort(other.id)).map((t) => t.memberId)).toEqual([cleo.id]);
    expect(await lot().deleteForMember(ada.id)).toBe(1);
    expect((await lot().listForCohort(cohort.id)).map((t) => t.memberId)).toEqual([ben.id]);
    expect(await lot().removeOwn(ben.id, (await lot().listByMember(ben.id))[0]!.id)).toBe(true);
    expect(await lot().listForCohort(cohort.id)).toEqual([]);
  });
});
