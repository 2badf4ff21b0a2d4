import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replaySessionUpdates, type CircleSessionView } from '@peercircle/shared';
import { openSession, type OpenSession } from './support/open-session';
import { startTestServer, type TestClient, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const latestView = (client: TestClient): CircleSessionView | undefined => replaySessionUpdates(client.received('session:update')).at(-1);

/** A running consultancy: Ada keeps time, Ben holds the floor with three minutes, Cy presents and listens. */
async function timekeptCircle() {
  const circle = await openSession(server, ['Ada', 'Ben', 'Cy']);
  const [ada, ben, cy] = circle.members as [OpenSession['members'][0], OpenSession['members'][0], OpenSession['members'][0]];
  const socketOf = (member: { name: string }) => circle.sockets[member.name]!;
  await circle.fay.request('session:command', { type: 'agenda.applyTemplate', templateId: 'consultancy' });
  await circle.fay.request('session:command', { type: 'session.start' });
  await circle.fay.request('session:command', { type: 'presenter.set', participantId: cy.id });
  await circle.fay.request('session:command', { type: 'roles.assign', role: 'timekeeper', participantId: ada.id });
  await circle.fay.request('session:command', { type: 'phase.goTo', phaseIndex: 2 }); // clarifying questions: the floor is given
  await circle.fay.request('session:command', { type: 'floor.give', participantId: ben.id });
  await circle.fay.request('session:command', { type: 'timer.extend', timer: 'speaker', ms: 180_000 });
  await circle.fay.request('session:command', { type: 'timer.start', timer: 'speaker' });
  return { ...circle, ada, ben, cy, timekeeper: socketOf(ada), speaker: socketOf(ben), listener: socketOf(cy) };
}

describe('the timekeeper, over the socket', () => {
  it('is a member, by member id, and may run the speaker timer', async () => {
    const { live, ada, timekeeper } = await timekeptCircle();
    expect(live().state.roleHolders.timekeeper).toBe(ada.id);
    expect(live().state.participants[ada.id]?.role).toBe('member');

    await timekeeper.request('session:command', { type: 'timer.pause', timer: 'speaker' });
    expect(live().state.speakerTimer.runningSince).toBeNull();
    await timekeeper.request('session:command', { type: 'timer.extend', timer: 'speaker', ms: 60_000 });
    expect(live().state.speakerTimer.durationMs).toBe(240_000);
    await timekeeper.request('session:command', { type: 'timer.resume', timer: 'speaker' });
    expect(live().state.speakerTimer.runningSince).not.toBeNull();
  });

  it('signals the speaker: the speaker and the facilitator hear of it, the rest of the circle does not', async () => {
    const { fay, ada, ben, timekeeper, speaker, listener } = await timekeptCircle();
    await timekeeper.request('session:command', { type: 'timeSignal.send', kind: 'one-minute' });

    const signal = { toId: ben.id, fromId: ada.id, kind: 'one-minute', sentAt: expect.any(Number) };
    await expect.poll(() => latestView(speaker)?.timeSignal).toEqual(signal);
    await expect.poll(() => latestView(fay)?.timeSignal).toEqual(signal);
    await expect.poll(() => latestView(timekeeper)?.timeSignal).toEqual(signal);
    await expect.poll(() => latestView(listener)?.version).toBe(latestView(speaker)?.version);
    expect(replaySessionUpdates(listener.received('session:update')).every((view) => view.timeSignal === null)).toBe(true);
    expect(JSON.stringify(listener.received('session:update'))).not.toContain('one-minute');
  });

  it('has no other facilitator power: those commands are forbidden and change nothing', async () => {
    const { live, timekeeper, cy } = await timekeptCircle();
    const before = live().state;
    for (const command of [
      { type: 'timer.pause', timer: 'phase' },
      { type: 'timer.reset', timer: 'speaker' },
      { type: 'floor.clear' },
      { type: 'roles.assign', role: 'timekeeper', participantId: cy.id },
      { type: 'roles.rotate', role: 'guardian' },
    ]) {
      expect(await timekeeper.send('session:command', command), command.type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(live().state).toBe(before);
  });
});

describe('a member without the role', () => {
  it('gets forbidden for timer and time signal commands, and nothing changes', async () => {
    const { live, listener } = await timekeptCircle();
    const before = live().state;
    for (const command of [
      { type: 'timer.pause', timer: 'speaker' },
      { type: 'timer.extend', timer: 'speaker', ms: 60_000 },
      { type: 'timer.start', timer: 'speaker' },
      { type: 'timeSignal.send', kind: 'wrap-up' },
    ]) {
      expect(await listener.send('session:command', command), command.type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(live().state).toBe(before);
  });

  it("cannot borrow the timekeeper's identity through the payload", async () => {
    const { live, ada, cy, listener, timekeeper } = await timekeptCircle();
    const before = live().state;
    const forged = { participantId: ada.id, actorId: ada.id, fromId: ada.id, actor: { kind: 'participant', participantId: ada.id } };
    expect(await listener.send('session:command', { type: 'timeSignal.send', kind: 'wrap-up', ...forged })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await listener.send('session:command', { type: 'timer.pause', timer: 'speaker', ...forged })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(live().state).toBe(before);

    // The timekeeper cannot sign a signal as someone else either.
    await timekeeper.request('session:command', { type: 'timeSignal.send', kind: 'two-minutes', fromId: cy.id, toId: cy.id } as never);
    expect(live().state.timeSignal).toMatchObject({ fromId: ada.id, toId: live().state.floor.holderId, kind: 'two-minutes' });
  });

  it('may signal once the role moves to them, and the former holder is refused from then on', async () => {
    const { fay, live, cy, timekeeper, listener } = await timekeptCircle();
    await fay.request('session:command', { type: 'roles.assign', role: 'timekeeper', participantId: cy.id });
    expect(await timekeeper.send('session:command', { type: 'timeSignal.send', kind: 'one-minute' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await listener.request('session:command', { type: 'timeSignal.send', kind: 'one-minute' });
    expect(live().state.timeSignal?.fromId).toBe(cy.id);
  });
});

describe('rotation across the sessions of a cohort', () => {
  it('picks a different member the second time', async () => {
    const circle = await openSession(server, ['Ada', 'Ben', 'Cy']);
    const { fay, sockets, cohort } = circle;
    await fay.request('session:command', { type: 'presenter.set', participantId: null });
    await fay.request('session:command', { type: 'session.start' });
    await fay.request('session:command', { type: 'roles.rotate', role: 'timekeeper' });
    const first = circle.live().state.roleHolders.timekeeper;
    expect(circle.members.map((m) => m.id)).toContain(first);
    await fay.request('session:command', { type: 'session.end' });

    const next = cohort.sessions[1]!;
    await fay.request('room:leave', {});
    await fay.request('room:join', { sessionId: next.id });
    await fay.request('lobby:setDoor', { open: true });
    for (const socket of Object.values(sockets)) {
      await socket.request('room:leave', {});
      await socket.request('room:join', { sessionId: next.id });
    }
    await fay.request('session:command', { type: 'session.start' });
    await fay.request('session:command', { type: 'roles.rotate', role: 'timekeeper' });
    const second = server.app.sessionRooms.get(next.id)!.state.roleHolders.timekeeper;
    expect(circle.members.map((m) => m.id)).toContain(second);
    expect(second).not.toBe(first);
  });
});
