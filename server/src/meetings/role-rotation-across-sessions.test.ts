import { describe, expect, it } from 'vitest';
import type { CircleCommandInput, ForumRole } from '@peercircle/shared';
import { SessionRooms } from '../circle/session-rooms';
import { createLogger } from '../logger';
import { createRepositories, type Repositories } from '../repositories';
import { MembersRepository } from '../storage/members-repository';
import type { CohortSession } from '../storage/sessions-repository';
import { DAY, seedCohort, T0 } from '../storage/test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from '../storage/test-databases';
import { LiveCohortSessions } from './live-cohort-sessions';

const logger = createLogger('silent');

/** One server's live sessions over the database; a second call is the server after a restart. */
function serverOver(repos: Repositories, clock: () => number) {
  const rooms = new SessionRooms({ sendView: () => undefined }, { idleTtlMs: 60_000, defaultTemplateId: 'council', clock }, logger);
  return new LiveCohortSessions(rooms, repos, () => undefined, clock, logger);
}

describe.each(testDatabaseDialects())('forum roles across the sessions of a cohort, on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);

  async function cohortOfThree() {
    const repos = createRepositories(database().db);
    const seeded = await seedCohort(repos.db);
    const cy = await new MembersRepository(repos.db).create({ cohortId: seeded.cohort.id, displayName: 'Cy', calendarTokenHash: 'cal-cy' }, T0 + 3);
    const members = [seeded.ada, seeded.ben, cy];
    let now = seeded.session.startsAt;
    const clock = () => (now += 1_000);
    const nextSession = (months: number) =>
      repos.sessions.create({ cohortId: seeded.cohort.id, startsAt: seeded.session.startsAt + months * 30 * DAY, durationMinutes: 90, format: 'council' });
    /** Opens a session, seats the facilitator and every member, and returns a way to act as the facilitator. */
    async function meet(live: LiveCohortSessions, session: CohortSession) {
      now = Math.max(now, session.startsAt);
      await repos.sessions.setStatus(session.id, 'open', now);
      const room = await live.roomFor({ ...session, status: 'open' }, seeded.cohort);
      const system = { kind: 'system' } as const;
      await room.apply({ type: 'participant.join', participantId: seeded.facilitator.id, displayName: 'Fay', role: 'facilitator' }, system);
      for (const member of members) await room.apply({ type: 'participant.join', participantId: member.id, displayName: member.displayName, role: 'member' }, system);
      const facilitate = async (command: CircleCommandInput) => {
        const result = await room.apply(command, { kind: 'participant', participantId: seeded.facilitator.id });
        if (!result.ok) throw new Error(`${command.type}: ${result.error.code}`);
      };
      const holder = (role: ForumRole) => room.state.roleHolders[role];
      return { room, facilitate, holder };
    }
    return { ...seeded, repos, members, clock, nextSession, meet };
  }

  it('rotates to someone else the next month: whoever held the role least recently', async () => {
    const { repos, session, clock, nextSession, meet } = await cohortOfThree();
    const live = serverOver(repos, clock);
    const april = await meet(live, session);
    await april.facilitate({ type: 'session.start' });
    await april.facilitate({ type: 'roles.rotate', role: 'timekeeper' });
    const aprilTimekeeper = april.holder('timekeeper');
    await april.facilitate({ type: 'session.end' });

    const may = await meet(live, await nextSession(1));
    await may.facilitate({ type: 'session.start' });
    await may.facilitate({ type: 'roles.rotate', role: 'timekeeper' });
    expect(may.holder('timekeeper')).not.toBeNull();
    expect(may.holder('timekeeper')).not.toBe(aprilTimekeeper);

    // In June the one who never kept time yet comes first.
    const june = await meet(live, await nextSession(2));
    await june.facilitate({ type: 'roles.rotate', role: 'timekeeper' });
    expect([aprilTimekeeper, may.holder('timekeeper')]).not.toContain(june.holder('timekeeper'));
  });

  it('remembers a role from a session the server crashed in, before that session ended', async () => {
    const { repos, session, clock, nextSession, meet, ada, ben } = await cohortOfThree();
    const april = await meet(serverOver(repos, clock), session);
    await april.facilitate({ type: 'session.start' });
    await april.facilitate({ type: 'roles.assign', role: 'guardian', participantId: ada.id });
    expect((await repos.roleHoldings.listByCohort(session.cohortId)).map((h) => [h.role, h.participantId])).toEqual([['guardian', ada.id]]);

    // A new server process: April is never ended, May starts from what was saved.
    const may = await meet(serverOver(repos, clock), await nextSession(1));
    expect(may.room.state.roleHistory.guardian).toEqual({ [ada.id]: expect.any(Number) });
    await may.facilitate({ type: 'roles.rotate', role: 'guardian' });
    expect(may.holder('guardian')).toBe(ben.id);
  });

  it('records roles handed out while preparing only once the circle starts, and not at all for a session that never starts', async () => {
    const { repos, session, clock, nextSession, meet, ben, members } = await cohortOfThree();
    const live = serverOver(repos, clock);
    const abandoned = await meet(live, session);
    await abandoned.facilitate({ type: 'roles.assign', role: 'scribe', participantId: ben.id });
    expect(await repos.roleHoldings.listByCohort(session.cohortId)).toEqual([]);

    const may = await meet(live, await nextSession(1));
    expect(may.room.state.roleHistory.scribe).toEqual({});
    await may.facilitate({ type: 'roles.assign', role: 'scribe', participantId: ben.id });
    expect(await repos.roleHoldings.listByCohort(session.cohortId)).toEqual([]);
    await may.facilitate({ type: 'session.start' });
    // Participants in a cohort session are its members, by their member ids.
    expect(members.map((m) => m.id)).toContain(may.holder('scribe'));
    expect((await repos.roleHoldings.listByCohort(session.cohortId)).map((h) => [h.role, h.participantId])).toEqual([['scribe', ben.id]]);
  });

  it('gives a session restored after a restart the memory it was created with', async () => {
    const { repos, session, clock, nextSession, meet, cohort, ada } = await cohortOfThree();
    const april = await meet(serverOver(repos, clock), session);
    await april.facilitate({ type: 'session.start' });
    await april.facilitate({ type: 'roles.assign', role: 'timekeeper', participantId: ada.id });
    await april.facilitate({ type: 'session.end' });
    const may = await nextSession(1);
    await meet(serverOver(repos, clock), may);

    const restarted = await serverOver(repos, clock).roomFor({ ...may, status: 'open' }, cohort);
    expect(Object.keys(restarted.state.roleHistory.timekeeper)).toEqual([ada.id]);
  });
});
