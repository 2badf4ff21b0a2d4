import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCohort } from './support/cohort-fixture';
import { publishMic } from './support/join-with-mic';
import { trackMediaObjects } from './support/media-object-census';
import { startTestServer } from './support/test-server';

const census = trackMediaObjects();

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-restart-'));
const env = { DATA_DIR: dataDir, DEMO_ROOMS: '0', RECONNECT_GRACE_MS: '15000', AUTH_ATTEMPTS_PER_MINUTE: '1000', SESSION_SECRET: 'restart-test-secret-0123456789abcdef' };

afterAll(async () => rm(dataDir, { recursive: true, force: true }));

describe('a server restart in the middle of a session', () => {
  it('restores phase, floor, round and timers, and lets everyone back in', async () => {
    const first = await startTestServer(env);
    const { session, facilitator, members } = await createCohort(first.url, ['Ada', 'Ben', 'Cy'], { acceptAgreement: true });
    const fay = await first.connect(undefined, facilitator.cookie);
    await fay.request('room:join', { sessionId: session.id });
    await fay.request('lobby:setDoor', { open: true });
    for (const member of members) await (await first.connect(undefined, member.cookie)).request('room:join', { sessionId: session.id });
    await fay.request('session:command', { type: 'session.start' });
    await fay.request('session:command', { type: 'round.advance' });
    await fay.request('session:command', { type: 'timer.extend', timer: 'phase', ms: 120_000 });
    const live = first.app.sessionRooms.get(session.id)!;
    await first.close();
    const before = live.state;
    expect(before.floor.holderId).not.toBeNull();

    const second = await startTestServer(env);
    try {
      const restored = second.app.sessionRooms.get(session.id)!.state;
      expect(restored.version).toBe(before.version);
      expect(restored.currentPhaseIndex).toBe(before.currentPhaseIndex);
      expect(restored.floor).toEqual(before.floor);
      expect(restored.round).toEqual(before.round);
      expect(restored.phaseTimer).toEqual(before.phaseTimer);
      expect(Object.values(restored.participants).map((p) => p.presence)).toEqual(['away', 'away', 'away', 'away']);

      // Logins survive the restart; members come back without the lobby (they were inside).
      const ben = await second.connect(undefined, members[1]!.cookie);
      const rejoined = await ben.request('room:join', { sessionId: session.id });
      expect(rejoined.session.view.currentPhaseIndex).toBe(before.currentPhaseIndex);
      expect(rejoined.session.view.floor.holderId).toBe(before.floor.holderId);
      expect(rejoined.session.view.participants[members[1]!.id]?.presence).toBe('present');
    } finally {
      await second.close();
    }
  });

  it('keeps a guardian’s pause: after the restart every microphone stays silent until the resume gives the turn back', async () => {
    const first = await startTestServer(env);
    const { session, facilitator, members } = await createCohort(first.url, ['Ada', 'Ben'], { acceptAgreement: true });
    const fay = await first.connect(undefined, facilitator.cookie);
    await fay.request('room:join', { sessionId: session.id });
    await fay.request('lobby:setDoor', { open: true });
    for (const member of members) await (await first.connect(undefined, member.cookie)).request('room:join', { sessionId: session.id });
    await fay.request('session:command', { type: 'session.start' });
    await fay.request('session:command', { type: 'pause.call' });
    const before = first.app.sessionRooms.get(session.id)!.state;
    await first.close();
    expect(before.pause?.floor.holderId).not.toBeNull();

    const second = await startTestServer(env);
    try {
      expect(second.app.sessionRooms.get(session.id)!.state.pause).toEqual(before.pause);
      const speakerId = before.pause!.floor.holderId!;
      const speaker = members.find((member) => member.id === speakerId)!;
      const back = await second.connect(undefined, speaker.cookie);
      await back.request('room:join', { sessionId: session.id });
      await publishMic(back, 4242);
      expect(census.micForwarded(speakerId)).toBe(false);

      const chair = await second.connect(undefined, facilitator.cookie);
      await chair.request('room:join', { sessionId: session.id });
      await chair.request('session:command', { type: 'pause.resume' });
      expect(second.app.sessionRooms.get(session.id)!.state.floor.holderId).toBe(speakerId);
      expect(census.micForwarded(speakerId)).toBe(true);
    } finally {
      await second.close();
    }
  });
});
