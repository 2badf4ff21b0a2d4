import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replaySessionUpdates, type ServerToClientEvents } from '@peercircle/shared';
import { createCohort } from '../support/cohort-fixture';
import { startTestServer, type TestClient, type TestServer } from '../support/test-server';

// Demo rooms on, so a guest can try the checklist from there too.
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '1', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const both = ['privateSpace', 'headphones'] as const;

/** Fay inside with the door open; Maya in having confirmed both, Ben in having confirmed nothing. */
async function checkedSession() {
  const fixture = await createCohort(server.url, ['Maya', 'Ben', 'Cleo'], { acceptAgreement: true });
  const sessionId = fixture.session.id;
  const fay = await server.connect(undefined, fixture.facilitator.cookie);
  await fay.request('room:join', { sessionId });
  await fay.request('lobby:setDoor', { open: true });
  const [maya, ben, cleo] = await Promise.all(fixture.members.map((member) => server.connect(undefined, member.cookie)));
  await maya!.request('room:join', { sessionId, privacyConfirmed: [...both] });
  await ben!.request('room:join', { sessionId, privacyConfirmed: [] });
  const live = () => server.app.sessionRooms.get(sessionId)!;
  const count = () => replaySessionUpdates(fay.received('session:update')).at(-1)!.privacyCheck;
  await expect.poll(count).toEqual({ asked: [...both], confirmed: 1, present: 2 });
  return { ...fixture, sessionId, fay, maya: maya!, ben: ben!, cleo: cleo!, live, count };
}

function everything(client: TestClient): string {
  const events: (keyof ServerToClientEvents)[] = ['session:update', 'room:participantJoined', 'room:participantLeft', 'lobby:update', 'lobby:admitted'];
  return JSON.stringify(events.map((event) => client.received(event)));
}

describe('confirming for someone else', () => {
  it.each<[string, (ids: { maya: string; ben: string }) => Record<string, unknown>]>([
    ['naming another participant', ({ ben }) => ({ participantId: ben })],
    ['answers keyed by person', ({ ben }) => ({ privacyConfirmedFor: { [ben]: [...both] } })],
    ['the circle’s record itself', ({ ben }) => ({ privacyChecks: { asked: [...both], confirmedAll: [ben] } })],
    ['a join command’s check', () => ({ privacyCheck: { asked: [], confirmed: [] } })],
  ])('a join smuggling %s is refused and changes nothing', async (_label, smuggle) => {
    const { sessionId, ben, members, live, count } = await checkedSession();
    const before = live().state;
    const reply = await ben.send('room:join', { sessionId, privacyConfirmed: [...both], ...smuggle({ maya: members[0]!.id, ben: members[1]!.id }) });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(live().state.privacyChecks).toEqual(before.privacyChecks);
    expect(count()).toMatchObject({ confirmed: 1, present: 2 });
  });

  it('a member sending the server’s own join command, with a check for someone else, is refused', async () => {
    const { ben, members, live } = await checkedSession();
    const before = live().state;
    const forged = {
      type: 'participant.join',
      participantId: members[1]!.id,
      displayName: 'Ben',
      role: 'member',
      privacyCheck: { asked: [...both], confirmed: [...both] },
    };
    expect(await ben.send('session:command', forged)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(live().state).toBe(before);
  });

  it('a member not yet in the room cannot confirm anything by joining the lobby', async () => {
    const fixture = await createCohort(server.url, ['Maya'], { acceptAgreement: true });
    const fay = await server.connect(undefined, fixture.facilitator.cookie);
    await fay.request('room:join', { sessionId: fixture.session.id });
    const maya = await server.connect(undefined, fixture.members[0]!.cookie);
    for (let knock = 0; knock < 5; knock += 1) {
      expect(await maya.send('room:join', { sessionId: fixture.session.id, privacyConfirmed: [...both] })).toMatchObject({
        ok: false,
        error: { code: 'waiting_in_lobby' },
      });
    }
    expect(server.app.sessionRooms.get(fixture.session.id)!.state.privacyChecks).toBeUndefined();
  });
});

describe('inflating the count', () => {
  it('replaying a join, one after another and all at once, counts the member once', async () => {
    const { sessionId, maya, live, count } = await checkedSession();
    for (let replay = 0; replay < 10; replay += 1) await maya.request('room:join', { sessionId, privacyConfirmed: [...both] });
    await Promise.allSettled(Array.from({ length: 10 }, () => maya.send('room:join', { sessionId, privacyConfirmed: [...both] })));
    await expect.poll(() => Object.values(live().state.participants).filter((p) => p.presence === 'present')).toHaveLength(3);
    await expect.poll(count).toMatchObject({ confirmed: 1, present: 2 });
    expect(live().state.privacyChecks!.confirmedAll).toHaveLength(1);
  });

  it('joining from several tabs at once counts the member once', async () => {
    const { sessionId, members, live, count } = await checkedSession();
    const tabs = await Promise.all([0, 1, 2].map(() => server.connect(undefined, members[1]!.cookie)));
    await Promise.allSettled(tabs.map((tab) => tab.send('room:join', { sessionId, privacyConfirmed: [...both] })));
    await expect.poll(count).toMatchObject({ confirmed: 2, present: 2 });
    expect(new Set(live().state.privacyChecks!.confirmedAll).size).toBe(live().state.privacyChecks!.confirmedAll.length);
  });

  it.each<[string, unknown]>([
    ['an unknown item', ['privateSpace', 'alone']],
    ['a duplicate item', ['privateSpace', 'privateSpace']],
    ['an oversize list', Array.from({ length: 10_000 }, () => 'headphones')],
    ['a control character', ['headphones\n']],
    ['a prototype key', ['__proto__']],
    ['an object', { length: 2, 0: 'privateSpace', 1: 'headphones' }],
  ])('a join with %s is refused before the door: not seated, nothing counted', async (_label, privacyConfirmed) => {
    const { sessionId, cleo, members, live, count } = await checkedSession();
    expect(await cleo.send('room:join', { sessionId, privacyConfirmed })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(live().state.participants[members[2]!.id]).toBeUndefined();
    expect(count()).toMatchObject({ confirmed: 1, present: 2 });
  });
});

describe('who learns what', () => {
  it('members receive no count and no one’s answer, not even their own, in anything the server sends', async () => {
    const { sessionId, maya, ben, cleo, fay, count } = await checkedSession();
    await cleo.request('room:join', { sessionId, privacyConfirmed: ['headphones'] });
    await fay.request('session:command', { type: 'session.start' });
    await expect.poll(count).toMatchObject({ confirmed: 1, present: 3 });
    for (const member of [maya, ben, cleo]) {
      expect((await member.request('session:sync', {})).view.privacyCheck).toBeNull();
      expect(everything(member)).not.toMatch(/privacyChecks|confirmedAll|privateSpace|headphones/);
    }
  });

  it('the facilitator sees counts only, never an id beside them', async () => {
    const { fay, members } = await checkedSession();
    const { view } = await fay.request('session:sync', {});
    expect(view.privacyCheck).toEqual({ asked: [...both], confirmed: 1, present: 2 });
    const counts = JSON.stringify(fay.received('session:update').map((update) => (update.kind === 'snapshot' ? update.view.privacyCheck : update.delta.changes.privacyCheck)));
    for (const member of members) expect(counts).not.toContain(member.id);
    expect(JSON.stringify(view)).not.toContain('confirmedAll');
  });
});

describe('demo rooms', () => {
  it('a guest’s join carrying a checklist is refused; a plain one enters a room that asks and counts nothing', async () => {
    const guest = await server.connect();
    const refused = await guest.send('room:join', { demoRoom: 'privacy-probe', displayName: 'Eve', privacyConfirmed: [...both] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });

    const joined = await guest.request('room:join', { demoRoom: 'privacy-probe', displayName: 'Eve' });
    expect(joined.session.view.viewerRole).toBe('facilitator');
    expect(joined.session.view.privacyCheck).toBeNull();
    const second = await server.connect();
    await second.request('room:join', { demoRoom: 'privacy-probe', displayName: 'Mallory' });
    expect(server.app.sessionRooms.get(joined.roomId)!.state.privacyChecks).toBeUndefined();
    expect((await guest.request('session:sync', {})).view.privacyCheck).toBeNull();
  });

  it('a guest naming a cohort session with a checklist is turned away and counted nowhere', async () => {
    const { sessionId, live, count } = await checkedSession();
    const guest = await server.connect();
    expect(await guest.send('room:join', { sessionId, privacyConfirmed: [...both] })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(live().state.privacyChecks!.confirmedAll).toHaveLength(1);
    expect(count()).toMatchObject({ confirmed: 1, present: 2 });
  });
});
