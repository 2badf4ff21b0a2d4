import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { remainingMs, replaySessionUpdates, type CircleSessionView } from '@peercircle/shared';
import { demoRoomKey } from '../src/door/demo-room-entry';
import { callApi } from './support/http-client';
import { joinWithMic } from './support/join-with-mic';
import { trackMediaObjects } from './support/media-object-census';
import { openSession } from './support/open-session';
import { startTestServer, type TestClient, type TestServer } from './support/test-server';

const census = trackMediaObjects();
let server: TestServer;
let roomCounter = 0;

beforeAll(async () => {
  server = await startTestServer({ RECONNECT_GRACE_MS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

interface Seat {
  client: TestClient;
  participantId: string;
}

/** Maya facilitates (first in); Ravi, Ines and Omar each publish a real microphone producer. */
async function circleWithMics() {
  const roomId = `pause-${++roomCounter}`;
  const seat = async (name: string, ssrc: number): Promise<Seat> => {
    const client = await server.connect();
    const { joined } = await joinWithMic(client, roomId, name, ssrc);
    return { client, participantId: joined.self.participantId };
  };
  const [maya, ravi, ines, omar] = [await seat('Maya', roomCounter * 10 + 1), await seat('Ravi', roomCounter * 10 + 2), await seat('Ines', roomCounter * 10 + 3), await seat('Omar', roomCounter * 10 + 4)];
  const everyone = [maya, ravi, ines, omar] as Seat[];
  return {
    maya: maya!,
    ravi: ravi!,
    ines: ines!,
    omar: omar!,
    forwarded: () => everyone.map((person) => census.micForwarded(person.participantId)),
    session: () => server.app.sessionRooms.get(demoRoomKey(roomId))!,
    media: () => server.app.mediaRooms.get(demoRoomKey(roomId))!,
  };
}

const latestView = (client: TestClient): CircleSessionView | undefined => replaySessionUpdates(client.received('session:update')).at(-1);

/** The view this client holds once the update for `version` has reached it (others' acks may come first). */
async function viewAt(client: TestClient, version: number): Promise<CircleSessionView> {
  await expect.poll(() => latestView(client)?.version).toBe(version);
  return latestView(client)!;
}

describe('the guardian’s pause in the SFU', () => {
  it('pauses every microphone producer, the facilitator’s too, and gives the same speaker back on resume', async () => {
    const { maya, ravi, ines, omar, forwarded, session, media } = await circleWithMics();
    await maya.client.request('session:command', { type: 'session.start' }); // check-in round: Ravi first
    await maya.client.request('session:command', { type: 'roles.assign', role: 'guardian', participantId: omar.participantId });
    expect(session().state.floor.holderId).toBe(ravi.participantId);
    expect(forwarded()).toEqual([true, true, false, false]);
    const speakerLeft = remainingMs(session().state.speakerTimer, Date.now());

    expect(await ines.client.send('session:command', { type: 'pause.call' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await omar.client.request('session:command', { type: 'pause.call' });
    expect(forwarded()).toEqual([false, false, false, false]);
    expect((await media().dump()).pausedProducers).toBe(4);
    const paused = await viewAt(ines.client, session().state.version);
    expect(paused).toMatchObject({ audible: [], floor: { holderId: null }, pause: { floor: { holderId: ravi.participantId } } });
    expect(JSON.stringify(paused.pause)).not.toContain(omar.participantId);

    // Nothing moves while paused, not even for the facilitator.
    expect(await ravi.client.send('session:command', { type: 'turn.done' })).toMatchObject({ ok: false, error: { code: 'paused' } });
    expect(await maya.client.send('session:command', { type: 'phase.next' })).toMatchObject({ ok: false, error: { code: 'paused' } });
    expect(await omar.client.send('session:command', { type: 'pause.call' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(forwarded()).toEqual([false, false, false, false]);

    await omar.client.request('session:command', { type: 'pause.resume' });
    expect(forwarded()).toEqual([true, true, false, false]);
    expect((await media().dump()).pausedProducers).toBe(2);
    const resumed = await viewAt(ines.client, session().state.version);
    expect(resumed).toMatchObject({ pause: null, floor: { holderId: ravi.participantId } });
    expect(resumed.pauses).toHaveLength(1);
    // The speaker's time left is what it was (less the few milliseconds before the pause).
    expect(remainingMs(resumed.speakerTimer, Date.now())).toBeGreaterThan(speakerLeft - 2_000);

    // A replayed resume is refused and changes nothing.
    const before = session().state;
    expect(await omar.client.send('session:command', { type: 'pause.resume' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(session().state).toBe(before);
  });

  it('keeps a microphone published during the pause paused until the resume', async () => {
    const { maya, session } = await circleWithMics();
    await maya.client.request('session:command', { type: 'session.start' });
    await maya.client.request('session:command', { type: 'pause.call' });
    const late = await server.connect();
    const { joined } = await joinWithMic(late, `pause-${roomCounter}`, 'Lea', roomCounter * 10 + 5);
    expect(census.micForwarded(joined.self.participantId)).toBe(false);
    expect(census.micForwarded(maya.participantId)).toBe(false);
    await maya.client.request('session:command', { type: 'pause.resume' });
    expect(census.micForwarded(maya.participantId)).toBe(true);
    expect(session().state.pauses).toHaveLength(1);
  });
});

describe('who may call a pause in a cohort session', () => {
  async function runningCohortSession(anyMemberMayPause: boolean) {
    const opened = await openSession(server, ['Ada', 'Ben', 'Cy'], undefined, async (fixture) => {
      if (!anyMemberMayPause) return;
      const updated = await callApi(server.url, 'updateCohort', {
        cookie: fixture.facilitator.cookie,
        params: { cohortId: fixture.cohort.id },
        body: { anyMemberMayPause: true },
      });
      expect(updated.body.anyMemberMayPause).toBe(true);
    });
    await opened.fay.request('session:command', { type: 'session.start' });
    const [ada, ben] = opened.members as [(typeof opened.members)[0], (typeof opened.members)[0]];
    await opened.fay.request('session:command', { type: 'roles.assign', role: 'guardian', participantId: ada.id });
    return { ...opened, guardian: opened.sockets['Ada']!, other: opened.sockets['Ben']!, ben };
  }

  it('is the guardian (and the facilitator) unless the cohort opens it to every member; the pause is kept after the end', async () => {
    const { fay, guardian, other, live, session } = await runningCohortSession(false);
    expect(live().state.anyMemberMayPause).toBe(false);
    expect(await other.send('session:command', { type: 'pause.call' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await guardian.request('session:command', { type: 'pause.call' });
    expect(await other.send('session:command', { type: 'pause.resume' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await guardian.request('session:command', { type: 'pause.resume' });
    await fay.request('session:command', { type: 'pause.call' });
    await fay.request('session:command', { type: 'session.end' });

    const kept = await server.app.services.repositories.sessionPauses.listForSession(session.id);
    expect(kept).toHaveLength(2);
    for (const pause of kept) expect(Object.keys(pause).sort()).toEqual(['lengthMs', 'startedAt']);
  });

  it('lets any member call one where the cohort allows it, but only the guardian or the facilitator resume it', async () => {
    const { fay, other, live } = await runningCohortSession(true);
    expect(live().state.anyMemberMayPause).toBe(true);
    await other.request('session:command', { type: 'pause.call' });
    expect(live().state.pause).not.toBeNull();
    expect(await other.send('session:command', { type: 'pause.resume' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await fay.request('session:command', { type: 'pause.resume' });
    expect(live().state.pause).toBeNull();
  });
});
