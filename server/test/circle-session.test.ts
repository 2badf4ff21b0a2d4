import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replaySessionUpdates, type CircleSessionView } from '@peercircle/shared';
import { trackMediaObjects } from './support/media-object-census';
import { joinWithMic } from './support/join-with-mic';
import { startTestServer, type TestClient, type TestServer } from './support/test-server';
import { demoRoomKey } from '../src/door/demo-room-entry';

const census = trackMediaObjects();
let server: TestServer;
let roomCounter = 0;

beforeAll(async () => {
  server = await startTestServer({ RECONNECT_GRACE_MS: '0' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

interface Member {
  client: TestClient;
  participantId: string;
  identityToken: string;
}

async function seatWithMic(client: TestClient, roomId: string, name: string, ssrc: number): Promise<Member> {
  const { joined } = await joinWithMic(client, roomId, name, ssrc);
  return { client, participantId: joined.self.participantId, identityToken: joined.identityToken ?? '' };
}

/** A facilitator (first joiner) and two members in a fresh room. */
async function circleOfThree() {
  const roomId = `circle-${++roomCounter}`;
  const maya = await seatWithMic(await server.connect(), roomId, 'Maya', roomCounter * 10 + 1);
  const ravi = await seatWithMic(await server.connect(), roomId, 'Ravi', roomCounter * 10 + 2);
  const ines = await seatWithMic(await server.connect(), roomId, 'Ines', roomCounter * 10 + 3);
  return { roomId, maya, ravi, ines, session: () => server.app.sessionRooms.get(demoRoomKey(roomId))! };
}

const viewsSeenBy = (client: TestClient): CircleSessionView[] => replaySessionUpdates(client.received('session:update'));
const latestView = (client: TestClient): CircleSessionView | undefined => viewsSeenBy(client).at(-1);

describe('roles', () => {
  it('makes the first joiner the facilitator and everyone after a member', async () => {
    const { maya, ravi, session } = await circleOfThree();
    expect(session().state.participants[maya.participantId]?.role).toBe('facilitator');
    expect(session().state.participants[ravi.participantId]?.role).toBe('member');
    const snapshot = await ravi.client.request('session:sync', {});
    expect(snapshot.view.viewerRole).toBe('member');
  });

  it('rejects facilitator commands from a member and changes nothing', async () => {
    const { ravi, session } = await circleOfThree();
    const before = session().state;
    for (const command of [
      { type: 'session.start' },
      { type: 'facilitatorMaySpeak.set', enabled: true },
      { type: 'presenter.set', participantId: ravi.participantId },
    ]) {
      const reply = await ravi.client.send('session:command', command);
      expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(session().state).toBe(before);
  });

  it('admits no system command on the wire, from anyone', async () => {
    const { maya, ravi, session } = await circleOfThree();
    const before = session().state;
    for (const command of [
      { type: 'participant.presence', participantId: ravi.participantId, presence: 'left' },
      { type: 'participant.join', participantId: 'intruder', displayName: 'Intruder', role: 'facilitator' },
      { type: 'participant.media', participantId: ravi.participantId, mic: false, camera: false },
      { type: 'voice.sample', samples: [{ participantId: maya.participantId, voiceMs: 600_000 }] },
    ]) {
      expect(await maya.client.send('session:command', command)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect(session().state).toBe(before);
  });

  it('rejects malformed commands with invalid_payload', async () => {
    const { maya } = await circleOfThree();
    for (const command of [{ type: 'session.explode' }, { type: 'timer.extend', timer: 'phase', ms: -5 }, 'start', null]) {
      expect(await maya.client.send('session:command', command)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
  });
});

describe('identity comes from the connection, never the payload', () => {
  it('ignores identity fields smuggled into commands', async () => {
    const { maya, ravi, session } = await circleOfThree();
    await maya.client.request('session:command', { type: 'agenda.applyTemplate', templateId: 'consultancy' });
    await maya.client.request('session:command', { type: 'session.start' });
    await maya.client.request('session:command', { type: 'phase.goTo', phaseIndex: 2 }); // clarifying questions (queue)

    await ravi.client.request('session:command', {
      type: 'hand.raise',
      participantId: maya.participantId,
      actor: { kind: 'participant', participantId: maya.participantId },
    } as never);
    expect(session().state.handQueue.raised.map((hand) => hand.participantId)).toEqual([ravi.participantId]);

    await ravi.client.request('session:command', {
      type: 'question.submit',
      text: 'What would make this decision easy?',
      anonymous: false,
      authorId: maya.participantId,
    } as never);
    expect(session().state.questions[0]?.authorId).toBe(ravi.participantId);
  });
});

describe('versions', () => {
  it('increase by one with every accepted command, for every participant', async () => {
    const { maya, ravi, ines } = await circleOfThree();
    for (const command of [
      { type: 'session.start' },
      { type: 'round.advance' },
      { type: 'timer.extend', timer: 'phase', ms: 60_000 },
      { type: 'phase.next' },
    ] as const) {
      await maya.client.request('session:command', command);
    }
    await expect.poll(() => latestView(ines.client)?.status).toBe('running');
    for (const { client } of [maya, ravi, ines]) {
      const versions = viewsSeenBy(client).map((view) => view.version);
      expect(versions.length).toBeGreaterThan(4);
      versions.slice(1).forEach((version, i) => expect(version).toBeGreaterThan(versions[i]!));
    }
  });
});

describe('reconnecting', () => {
  it('comes back as the same participant with a full snapshot of the current version', async () => {
    const { roomId, maya, session } = await circleOfThree();
    await maya.client.request('session:command', { type: 'session.start' });
    maya.client.close();
    await expect.poll(() => session().state.participants[maya.participantId]?.presence).toBe('left');

    const again = await server.connect({ identityToken: maya.identityToken });
    const rejoined = await again.request('room:join', { demoRoom: roomId, displayName: 'Maya' });
    expect(rejoined.self.participantId).toBe(maya.participantId);
    expect(rejoined.session.view.viewerRole).toBe('facilitator');
    expect(rejoined.session.view.version).toBe(session().state.version);
    expect(rejoined.session.view.status).toBe('running');
  });

  it('does not accept a forged identity token', async () => {
    const { roomId, maya, session } = await circleOfThree();
    const forged = `${maya.participantId}.bm90LWEtc2lnbmF0dXJl`;
    const impostor = await server.connect({ identityToken: forged });
    const joined = await impostor.request('room:join', { demoRoom: roomId, displayName: 'Not Maya' });
    expect(joined.self.participantId).not.toBe(maya.participantId);
    expect(session().state.participants[joined.self.participantId]?.role).toBe('member');
  });
});

describe('the floor is enforced in the SFU', () => {
  it('forwards only the floor holder in a round, and everyone in an open phase', async () => {
    const { maya, ravi, ines, session } = await circleOfThree();
    expect([maya, ravi, ines].map((p) => census.micForwarded(p.participantId))).toEqual([true, true, true]);

    await maya.client.request('session:command', { type: 'session.start' }); // check-in round: Ravi first
    expect(session().state.floor.holderId).toBe(ravi.participantId);
    // The facilitator (Maya) is heard by default, alongside the floor holder.
    expect([maya, ravi, ines].map((p) => census.micForwarded(p.participantId))).toEqual([true, true, false]);

    await ravi.client.request('session:command', { type: 'turn.pass' });
    expect([maya, ravi, ines].map((p) => census.micForwarded(p.participantId))).toEqual([true, false, true]);

    await maya.client.request('session:command', { type: 'facilitatorMaySpeak.set', enabled: false });
    expect([maya, ravi, ines].map((p) => census.micForwarded(p.participantId))).toEqual([false, false, true]);

    const breakIndex = session().state.agenda.phases.findIndex((phase) => phase.floorRule === 'open');
    if (breakIndex >= 0) {
      await maya.client.request('session:command', { type: 'phase.goTo', phaseIndex: breakIndex });
      expect([maya, ravi, ines].map((p) => census.micForwarded(p.participantId))).toEqual([true, true, true]);
    }
  });

  it('keeps a member muted when they publish a new microphone while not holding the floor', async () => {
    const { maya, ines } = await circleOfThree();
    await maya.client.request('session:command', { type: 'session.start' });
    ines.client.close();
    const late = await seatWithMic(await server.connect({ identityToken: ines.identityToken }), 'circle-' + roomCounter, 'Ines', 999);
    expect(census.micForwarded(late.participantId)).toBe(false);
  });
});

describe('anonymous questions', () => {
  it('never reach any client with their author', async () => {
    const { maya, ravi, ines, session } = await circleOfThree();
    await maya.client.request('session:command', { type: 'agenda.applyTemplate', templateId: 'consultancy' });
    await maya.client.request('session:command', { type: 'presenter.set', participantId: ines.participantId });
    await maya.client.request('session:command', { type: 'session.start' });
    await ravi.client.request('session:command', { type: 'question.submit', text: 'What scares you most here?', anonymous: true });
    const [question] = session().state.questions;
    await maya.client.request('session:command', { type: 'questions.release', questionId: question!.questionId });
    await expect.poll(() => latestView(ines.client)?.questions[0]?.status).toBe('released');

    for (const { client } of [maya, ravi, ines]) {
      const everything = JSON.stringify([client.received('session:update'), await client.request('session:sync', {})]);
      expect(everything).toContain('What scares you most here?');
      const mentionsAuthor = viewsSeenBy(client).some((view) =>
        view.questions.some((q) => 'authorId' in q && q.authorId === ravi.participantId),
      );
      expect(mentionsAuthor).toBe(false);
    }
    expect(latestView(ravi.client)?.questions[0]).toMatchObject({ anonymous: true, mine: true });
    expect(latestView(maya.client)?.questions[0]).toMatchObject({ anonymous: true, mine: false });
  });
});
