import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replaySessionUpdates } from '@peercircle/shared';
import { openSession, type OpenSession } from '../support/open-session';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' }, { captureLogs: true });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

type Member = OpenSession['members'][number];

/** A running consultancy in its clarifying questions: Ada keeps time, Ben speaks, Cy presents. */
async function timekeptCircle() {
  const circle = await openSession(server, ['Ada', 'Ben', 'Cy']);
  const [ada, ben, cy] = circle.members as [Member, Member, Member];
  const facilitate = (command: object) => circle.fay.request('session:command', command as never);
  await facilitate({ type: 'agenda.applyTemplate', templateId: 'consultancy' });
  await facilitate({ type: 'session.start' });
  await facilitate({ type: 'presenter.set', participantId: cy.id });
  await facilitate({ type: 'roles.assign', role: 'timekeeper', participantId: ada.id });
  await facilitate({ type: 'phase.goTo', phaseIndex: 2 });
  await facilitate({ type: 'floor.give', participantId: ben.id });
  await facilitate({ type: 'timer.extend', timer: 'speaker', ms: 180_000 });
  return { ...circle, ada, ben, cy, facilitate, timekeeper: circle.sockets['Ada']!, speaker: circle.sockets['Ben']!, other: circle.sockets['Cy']! };
}

describe('role commands that are not what they claim', () => {
  it('malformed, oversized or control-character payloads → invalid_payload, nothing changed', async () => {
    const { fay, live, timekeeper, ben } = await timekeptCircle();
    const before = live().state;
    const fromFacilitator = [
      { type: 'roles.assign', role: 'treasurer', participantId: ben.id },
      { type: 'roles.assign', role: 'timekeeper\u0000', participantId: ben.id },
      { type: 'roles.assign', role: 'Timekeeper', participantId: ben.id },
      { type: 'roles.assign', role: 'timekeeper', participantId: 'x'.repeat(65) },
      { type: 'roles.assign', role: 'timekeeper', participantId: '' },
      { type: 'roles.assign', role: 'timekeeper' },
      { type: 'roles.assign', role: ['timekeeper', 'guardian'], participantId: ben.id },
      { type: 'roles.rotate', role: '__proto__' },
      { type: 'roles.rotate', role: { toString: 'timekeeper' } },
    ];
    for (const command of fromFacilitator) {
      expect(await fay.send('session:command', command), JSON.stringify(command)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    const fromTimekeeper = [
      { type: 'timeSignal.send', kind: 'ten-seconds' },
      { type: 'timeSignal.send', kind: 'wrap-up\r\nX-Injected: 1' },
      { type: 'timeSignal.send', kind: 'w'.repeat(100_000) },
      { type: 'timeSignal.send', kind: 1 },
      { type: 'timeSignal.send' },
      { type: 'timer.extend', timer: 'speaker', ms: -60_000 },
      { type: 'timer.extend', timer: 'speaker', ms: Number.MAX_SAFE_INTEGER },
    ];
    for (const command of fromTimekeeper) {
      expect(await timekeeper.send('session:command', command), JSON.stringify(command).slice(0, 80)).toMatchObject({
        ok: false,
        error: { code: 'invalid_payload' },
      });
    }
    expect(live().state).toBe(before);
  });

  it('a time signal carries no words of its own: extra text is dropped before anyone sees it', async () => {
    const { live, timekeeper, speaker } = await timekeptCircle();
    await timekeeper.request('session:command', { type: 'timeSignal.send', kind: 'wrap-up', text: '<img src=x onerror=alert(1)>', html: 'x' } as never);
    expect(live().state.timeSignal).toEqual({ toId: expect.any(String), fromId: expect.any(String), kind: 'wrap-up', sentAt: expect.any(Number) });
    expect(JSON.stringify(speaker.received('session:update'))).not.toContain('onerror');
  });

  it('roles go to members of this circle only: not to a stranger, nor to the facilitator', async () => {
    const { fay, live, facilitator } = await timekeptCircle();
    const elsewhere = await openSession(server, ['Eve']);
    const before = live().state;
    expect(await fay.send('session:command', { type: 'roles.assign', role: 'guardian', participantId: elsewhere.members[0]!.id })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await fay.send('session:command', { type: 'roles.assign', role: 'guardian', participantId: facilitator.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(live().state).toBe(before);
  });

  it('a facilitator of another cohort cannot hand out roles here, nor send signals', async () => {
    const { live, ben, session } = await timekeptCircle();
    const elsewhere = await openSession(server, ['Eve']);
    const before = live().state;
    // Their socket is in their own room: whatever they send lands there, never in this session.
    await elsewhere.fay.send('session:command', { type: 'roles.assign', role: 'timekeeper', participantId: ben.id, sessionId: session.id });
    await elsewhere.fay.send('session:command', { type: 'timeSignal.send', kind: 'wrap-up', sessionId: session.id });
    expect(live().state).toBe(before);
  });
});

describe('a role taken away', () => {
  it('a replayed signal from the former timekeeper is refused', async () => {
    const { live, timekeeper, facilitate } = await timekeptCircle();
    const signal = { type: 'timeSignal.send', kind: 'one-minute' } as const;
    await timekeeper.request('session:command', signal);
    await facilitate({ type: 'roles.assign', role: 'timekeeper', participantId: null });
    const before = live().state;
    for (let i = 0; i < 3; i += 1) {
      expect(await timekeeper.send('session:command', signal)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(live().state).toBe(before);
  });

  it('racing the removal: every extension is either applied before it or refused after it, none half-way', async () => {
    const { live, timekeeper, fay } = await timekeptCircle();
    const durationBefore = live().state.speakerTimer.durationMs;
    const extend = () => timekeeper.send('session:command', { type: 'timer.extend', timer: 'speaker', ms: 60_000 });
    const replies = await Promise.all([
      extend(),
      extend(),
      extend(),
      fay.send('session:command', { type: 'roles.assign', role: 'timekeeper', participantId: null }),
      extend(),
      extend(),
    ]);
    const extensions = [...replies.slice(0, 3), ...replies.slice(4)];
    const applied = extensions.filter((reply) => reply.ok).length;
    expect(extensions.filter((reply) => !reply.ok).every((reply) => !reply.ok && reply.error.code === 'forbidden')).toBe(true);
    expect(live().state.roleHolders.timekeeper).toBeNull();
    expect(live().state.speakerTimer.durationMs).toBe(durationBefore + applied * 60_000);
  });

  it('the floor moving on takes the signal with it: the next speaker never sees one meant for another', async () => {
    const { live, timekeeper, facilitate, ada, other, cy } = await timekeptCircle();
    await timekeeper.request('session:command', { type: 'timeSignal.send', kind: 'wrap-up' });
    await facilitate({ type: 'floor.give', participantId: cy.id });
    expect(live().state.timeSignal).toBeNull();
    await expect.poll(() => replaySessionUpdates(other.received('session:update')).at(-1)?.floor.holderId).toBe(cy.id);
    expect(replaySessionUpdates(other.received('session:update')).every((view) => view.timeSignal === null)).toBe(true);
    // Nor can the timekeeper signal themselves while they hold the floor.
    await facilitate({ type: 'floor.give', participantId: ada.id });
    expect(await timekeeper.send('session:command', { type: 'timeSignal.send', kind: 'wrap-up' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('role history at rest', () => {
  it('names roles and ids only, and no log line carries a signal', async () => {
    const { timekeeper, session, ada } = await timekeptCircle();
    await timekeeper.request('session:command', { type: 'timeSignal.send', kind: 'two-minutes' });
    const rows = await server.app.services.repositories.roleHoldings.listByCohort(session.cohortId);
    expect(rows.map((row) => [row.role, row.participantId])).toEqual([['timekeeper', ada.id]]);
    expect(server.logLines.join('\n')).not.toContain('two-minutes');
  });
});
