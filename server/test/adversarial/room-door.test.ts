import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commandAuthority, circleCommandTypes } from '@peercircle/shared';
import { exampleCommands } from '@peercircle/shared/test-fixtures';
import { demoRoomKey } from '../../src/door/demo-room-entry';
import { createCohort } from '../support/cohort-fixture';
import { openSession } from '../support/open-session';
import { startTestServer, type TestServer } from '../support/test-server';

// Demo rooms on: the configuration in which the door bypass used to exist.
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '1', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

describe('the door of a cohort session, with demo rooms switched on', () => {
  it("a guest naming a session's id as a demo room lands in a demo room of its own: no circle state, no media, session untouched", async () => {
    const { session, fay, live } = await openSession(server, ['Maya']);
    await fay.request('session:command', { type: 'session.start' });
    const guest = await server.connect();

    const joined = await guest.request('room:join', { demoRoom: session.id, displayName: 'Eve' });

    expect(joined.roomId).toBe(demoRoomKey(session.id));
    expect(joined.session.view.status).toBe('not-started');
    expect(Object.keys(joined.session.view.participants)).toEqual([joined.self.participantId]);
    expect(joined.participants).toEqual([]);
    expect(Object.keys(live().state.participants)).not.toContain(joined.self.participantId);
    expect(server.app.mediaRooms.get(session.id)?.hasPeer(joined.self.participantId)).toBe(false);
  });

  it('a guest naming a session that is not live yet creates no session room and becomes no facilitator there', async () => {
    const { session } = await createCohort(server.url, ['Maya'], { acceptAgreement: true });
    const guest = await server.connect();
    await guest.request('room:join', { demoRoom: session.id, displayName: 'Eve' });

    expect(server.app.sessionRooms.get(session.id)).toBeUndefined();
    const stored = await server.app.services.repositories.sessions.findById(session.id);
    expect(stored?.status).toBe('scheduled');
  });

  it('a guest asking for a cohort session by id is refused as unauthenticated', async () => {
    const { session } = await openSession(server, []);
    const guest = await server.connect();
    expect(await guest.send('room:join', { sessionId: session.id })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('a join naming both a session and a demo room is refused, not routed to either', async () => {
    const { session } = await openSession(server, []);
    const guest = await server.connect();
    const reply = await guest.send('room:join', { sessionId: session.id, demoRoom: 'lobby', displayName: 'Eve' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });

  it('a member of another cohort is told the session does not exist', async () => {
    const { session } = await openSession(server, []);
    const other = await createCohort(server.url, ['Omar'], { acceptAgreement: true });
    const omar = await server.connect(undefined, other.members[0]!.cookie);
    expect(await omar.send('room:join', { sessionId: session.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('a facilitator of another cohort is told the session does not exist, and cannot admit into it', async () => {
    const { session } = await openSession(server, []);
    const other = await createCohort(server.url, []);
    const stranger = await server.connect(undefined, other.facilitator.cookie);
    expect(await stranger.send('room:join', { sessionId: session.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await stranger.send('lobby:setDoor', { open: true })).toMatchObject({ ok: false, error: { code: 'not_in_room' } });
  });
});

describe('lobby and agreement', () => {
  it('an open door does not skip the agreement, however often one knocks', async () => {
    const fixture = await createCohort(server.url, ['Ned']);
    const fay = await server.connect(undefined, fixture.facilitator.cookie);
    await fay.request('room:join', { sessionId: fixture.session.id });
    await fay.request('lobby:setDoor', { open: true });
    const ned = await server.connect(undefined, fixture.members[0]!.cookie);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await ned.send('room:join', { sessionId: fixture.session.id })).toMatchObject({ ok: false, error: { code: 'agreement_required' } });
    }
    expect(server.app.sessionRooms.get(fixture.session.id)!.state.participants[fixture.members[0]!.id]).toBeUndefined();
    expect(ned.received('session:update')).toEqual([]);
  });

  it('a member waiting in the lobby hears nothing of the circle and cannot act in it', async () => {
    const fixture = await createCohort(server.url, ['Maya', 'Ben'], { acceptAgreement: true });
    const fay = await server.connect(undefined, fixture.facilitator.cookie);
    await fay.request('room:join', { sessionId: fixture.session.id });
    const maya = await server.connect(undefined, fixture.members[0]!.cookie);
    expect(await maya.send('room:join', { sessionId: fixture.session.id })).toMatchObject({ ok: false, error: { code: 'waiting_in_lobby' } });

    await fay.request('session:command', { type: 'session.start' });
    expect(await maya.send('session:command', { type: 'hand.raise' })).toMatchObject({ ok: false, error: { code: 'not_in_room' } });
    expect(await maya.send('session:sync', {})).toMatchObject({ ok: false, error: { code: 'not_in_room' } });
    expect(await maya.send('media:createTransport', { direction: 'recv' })).toMatchObject({ ok: false, error: { code: 'not_in_room' } });
    expect(await maya.send('media:pauseConsumer', { consumerId: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'not_in_room' } });
    expect(await maya.send('lobby:admit', { memberId: fixture.members[0]!.id })).toMatchObject({ ok: false, error: { code: 'not_in_room' } });
    expect(maya.received('session:update')).toEqual([]);
    expect(maya.received('room:participantJoined')).toEqual([]);
  });

  it('a member cannot let themselves or anyone in, nor open the door', async () => {
    const { session, sockets, members } = await openSession(server, ['Maya', 'Ben'], ['Maya']);
    const maya = sockets['Maya']!;
    expect(await maya.send('lobby:setDoor', { open: false })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await maya.send('lobby:admit', { memberId: members[1]!.id })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await server.app.services.repositories.sessions.findById(session.id))?.doorOpen).toBe(true);
  });
});

describe('who acts is the socket, never the payload', () => {
  const facilitatorOnly = circleCommandTypes.filter((type) => commandAuthority(type) === 'facilitator');

  it.each(facilitatorOnly)('a member sending the facilitator-only command %s is refused and nothing changes', async (type) => {
    const { sockets, live, fay } = await openSession(server, ['Maya', 'Ben']);
    await fay.request('session:command', { type: 'session.start' });
    const before = live().state;
    const reply = await sockets['Maya']!.send('session:command', exampleCommands[type]);
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(live().state).toBe(before);
  });

  it('identity fields smuggled into a command are ignored: the socket’s participant acts', async () => {
    const { sockets, live, fay, members } = await openSession(server, ['Maya', 'Ben']);
    await fay.request('session:command', { type: 'session.start' });
    const [maya, ben] = members;
    const smuggled = {
      type: 'question.submit',
      text: 'What would you regret not trying?',
      anonymous: false,
      authorId: maya!.id,
      participantId: maya!.id,
      actor: { kind: 'system' },
    };
    expect(live().state.presenterId).not.toBe(ben!.id);
    expect(await sockets['Ben']!.send('session:command', smuggled)).toMatchObject({ ok: true });
    expect(live().state.questions.map((question) => question.authorId)).toEqual([ben!.id]);
  });

  it('a name or role smuggled into a cohort join is refused: the account decides who you are', async () => {
    const { session, members } = await openSession(server, ['Maya'], []);
    const maya = await server.connect(undefined, members[0]!.cookie);
    const reply = await maya.send('room:join', { sessionId: session.id, displayName: 'The Facilitator' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const joined = await maya.request('room:join', { sessionId: session.id });
    expect(joined.self.displayName).toBe('Maya');
    expect(joined.session.view.viewerRole).toBe('member');
  });
});
