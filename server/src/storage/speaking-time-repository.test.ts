import { describe, expect, it } from 'vitest';
import { SessionsRepository } from './sessions-repository';
import { SpeakingTimeRepository } from './speaking-time-repository';
import { DAY, seedCohort } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('SpeakingTimeRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const speakingTime = () => new SpeakingTimeRepository(database().db);

  it("replaces a session's speaking time as a whole", async () => {
    const { session, ada, ben, facilitator } = await seedCohort(database().db);
    await speakingTime().saveForSession(session.id, [
      { participantId: ada.id, floorMs: 1, voiceMs: 1, turns: 1 },
      { participantId: ben.id, floorMs: 2, voiceMs: 2, turns: 2 },
    ]);
    await speakingTime().saveForSession(session.id, [
      { participantId: ada.id, floorMs: 600_000, voiceMs: 540_000, turns: 4 },
      { participantId: facilitator.id, floorMs: 120_000, voiceMs: 90_000, turns: 3 },
    ]);
    expect(await speakingTime().listByCohort(session.cohortId)).toEqual(
      [
        { participantId: ada.id, floorMs: 600_000, voiceMs: 540_000, turns: 4 },
        { participantId: facilitator.id, floorMs: 120_000, voiceMs: 90_000, turns: 3 },
      ]
        .map((entry) => ({ ...entry, sessionId: session.id, sessionStartsAt: session.startsAt }))
        .sort((a, b) => a.participantId.localeCompare(b.participantId)),
    );

    await speakingTime().saveForSession(session.id, []);
    expect(await speakingTime().listByCohort(session.cohortId)).toEqual([]);
  });

  it("lists a participant's speaking time across sessions, earliest first, and deletes it", async () => {
    const { db } = database();
    const { session, ada, ben } = await seedCohort(db);
    const later = await new SessionsRepository(db).create({ cohortId: session.cohortId, startsAt: session.startsAt + 30 * DAY, durationMinutes: 90, format: 'council' });
    await speakingTime().saveForSession(later.id, [{ participantId: ada.id, floorMs: 5, voiceMs: 4, turns: 1 }]);
    await speakingTime().saveForSession(session.id, [
      { participantId: ada.id, floorMs: 3, voiceMs: 2, turns: 1 },
      { participantId: ben.id, floorMs: 7, voiceMs: 6, turns: 2 },
    ]);

    expect((await speakingTime().listForParticipant(ada.id)).map((s) => [s.sessionId, s.floorMs])).toEqual([
      [session.id, 3],
      [later.id, 5],
    ]);
    expect(await speakingTime().deleteForParticipant(ada.id)).toBe(2);
    expect(await speakingTime().listForParticipant(ada.id)).toEqual([]);
    expect(await speakingTime().listForParticipant(ben.id)).toHaveLength(1);
  });
});
