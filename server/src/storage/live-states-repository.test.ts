import { describe, expect, it } from 'vitest';
import { LiveStatesRepository } from './live-states-repository';
import { SessionsRepository } from './sessions-repository';
import { seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('LiveStatesRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const states = () => new LiveStatesRepository(database().db);

  it('saves, replaces, loads and deletes the state of a session', async () => {
    const { session } = await seedCohort(database().db);
    expect(await states().load(session.id)).toBeUndefined();

    await states().save(session.id, 1, '{"phase":"check-in"}', T0);
    await states().save(session.id, 2, '{"phase":"council"}', T0 + 5);
    expect(await states().load(session.id)).toEqual({ sessionId: session.id, version: 2, stateJson: '{"phase":"council"}', updatedAt: T0 + 5 });

    await states().delete(session.id);
    expect(await states().load(session.id)).toBeUndefined();
  });

  it('refuses a save from an older owner once a newer one saved (fencing), and changes nothing', async () => {
    const { session } = await seedCohort(database().db);
    await states().save(session.id, 4, '{"owner":"a"}', T0, 1);
    await states().save(session.id, 5, '{"owner":"b"}', T0 + 1, 2);
    await expect(states().save(session.id, 5, '{"owner":"a, late"}', T0 + 2, 1)).rejects.toThrow('another node owns this circle now');
    expect(await states().load(session.id)).toMatchObject({ version: 5, stateJson: '{"owner":"b"}' });
    await states().save(session.id, 6, '{"owner":"b"}', T0 + 3, 2);
    expect(await states().load(session.id)).toMatchObject({ version: 6 });
  });

  it('goes when its session is deleted', async () => {
    const { cohort, session } = await seedCohort(database().db);
    await states().save(session.id, 1, '{}', T0);
    await new SessionsRepository(database().db).deleteFutureScheduled(cohort.id, T0);
    expect(await states().load(session.id)).toBeUndefined();
  });
});
