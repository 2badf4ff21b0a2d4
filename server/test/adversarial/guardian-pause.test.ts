import { sql, type Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replaySessionUpdates } from '@peercircle/shared';
import { callApi } from '../support/http-client';
import { openSession } from '../support/open-session';
import { startTestServer, type TestClient, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' }, { captureLogs: true });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const db = () => server.app.services.repositories.db as unknown as Kysely<Record<string, Record<string, unknown>>>;

/**
 * A running cohort session where any member may call a pause, Ada is the guardian, and Cy is
 * neither the guardian nor the one speaking (the check-in starts with whoever sits first).
 */
async function session() {
  const opened = await openSession(server, ['Ada', 'Ben', 'Cy'], undefined, async (fixture) => {
    await callApi(server.url, 'updateCohort', { cookie: fixture.facilitator.cookie, params: { cohortId: fixture.cohort.id }, body: { anyMemberMayPause: true } });
  });
  await opened.fay.request('session:command', { type: 'session.start' });
  const byName = (name: string) => opened.members.find((member) => member.name === name)!;
  await opened.fay.request('session:command', { type: 'roles.assign', role: 'guardian', participantId: byName('Ada').id });
  const speakerId = opened.live().state.floor.holderId;
  const caller = opened.members.find((member) => member.name !== 'Ada' && member.id !== speakerId)!;
  return { ...opened, guardian: opened.sockets['Ada']!, caller, callerSocket: opened.sockets[caller.name]!, speakerId };
}

/** Every `pause` and `pauses` a client was sent, as JSON text. */
function pauseFieldsSeenBy(client: TestClient): string[] {
  return replaySessionUpdates(client.received('session:update')).map((view) => JSON.stringify([view.pause, view.pauses]));
}

describe('who called a pause', () => {
  it('is in no view, log line or database row — during the pause or after the session', async () => {
    const opened = await session();
    const logsBefore = server.logLines.length;
    await opened.callerSocket.request('session:command', { type: 'pause.call' });

    const liveRow = await db().selectFrom('live_session_states').selectAll().where('session_id', '=', opened.session.id).executeTakeFirstOrThrow();
    const saved = JSON.parse(String(liveRow['state_json'])) as { pause: unknown; pauses: unknown };
    expect(Object.keys(saved.pause as object).sort()).toEqual(['floor', 'phaseTimerRunning', 'speakerTimerRunning', 'startedAt']);
    expect(JSON.stringify([saved.pause, saved.pauses])).not.toContain(opened.caller.id);

    await opened.guardian.request('session:command', { type: 'pause.resume' });
    await opened.fay.request('session:command', { type: 'session.end' });

    for (const client of [opened.fay, ...Object.values(opened.sockets)]) {
      const seen = pauseFieldsSeenBy(client);
      expect(seen.some((json) => json.includes('startedAt'))).toBe(true);
      for (const json of seen) expect(json).not.toContain(opened.caller.id);
    }
    for (const line of server.logLines.slice(logsBefore)) expect(line).not.toContain(opened.caller.id);
    const pauseRows = await sql<Record<string, unknown>>`select * from session_pauses where session_id = ${opened.session.id}`.execute(db());
    expect(pauseRows.rows).toHaveLength(1);
    expect(Object.keys(pauseRows.rows[0]!).sort()).toEqual(['length_ms', 'session_id', 'started_at']);
  });
});

describe('abusing the pause', () => {
  it('ignores a caller or resumer named in the payload: authority comes from the connection only', async () => {
    const opened = await session();
    await opened.callerSocket.request('session:command', { type: 'pause.call' });
    const forged = { type: 'pause.resume', participantId: opened.members.find((m) => m.name === 'Ada')!.id, actor: { kind: 'participant', participantId: opened.facilitator.id } };
    expect(await opened.callerSocket.send('session:command', forged)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(opened.live().state.pause).not.toBeNull();
  });

  it('refuses a replayed call or resume, and of two resumes racing exactly one wins', async () => {
    const opened = await session();
    await opened.guardian.request('session:command', { type: 'pause.call' });
    const replays = await Promise.all([1, 2, 3].map(() => opened.guardian.send('session:command', { type: 'pause.call' })));
    for (const reply of replays) expect(reply).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(opened.live().state.pauses).toHaveLength(0);

    const race = await Promise.all([opened.guardian.send('session:command', { type: 'pause.resume' }), opened.fay.send('session:command', { type: 'pause.resume' })]);
    expect(race.filter((reply) => reply.ok)).toHaveLength(1);
    expect(race.find((reply) => !reply.ok)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(opened.live().state.pauses).toHaveLength(1);
    expect(opened.live().state.floor.holderId).toBe(opened.speakerId);
  });

  it.each([
    ['a payload with junk', { type: 'pause.call', note: 'x'.repeat(10_000) }, 'ok'],
    ['control characters in the type', { type: 'pause.call\u0000' }, 'invalid_payload'],
    ['a look-alike type', { type: 'Pause.Call' }, 'invalid_payload'],
    ['a type as an array', { type: ['pause.call'] }, 'invalid_payload'],
  ])('treats %s as any other input', async (_label, command, outcome) => {
    const opened = await session();
    const reply = await opened.guardian.send('session:command', command);
    if (outcome === 'ok') {
      expect(reply.ok).toBe(true);
      expect(JSON.stringify(opened.live().state.pause)).not.toContain('xxxx');
    } else {
      expect(reply).toMatchObject({ ok: false, error: { code: outcome } });
      expect(opened.live().state.pause).toBeNull();
    }
  });

  it('cannot be used to move the circle on: while paused the speaker cannot finish, pass or have the floor taken', async () => {
    const opened = await session();
    const speaker = opened.members.find((member) => member.id === opened.speakerId)!;
    const round = opened.live().state.round;
    await opened.callerSocket.request('session:command', { type: 'pause.call' });
    for (const [socket, command] of [
      [opened.sockets[speaker.name]!, { type: 'turn.done' }],
      [opened.sockets[speaker.name]!, { type: 'turn.pass' }],
      [opened.fay, { type: 'timer.pause', timer: 'speaker' }],
      [opened.fay, { type: 'round.advance' }],
      [opened.fay, { type: 'phase.goTo', phaseIndex: 1 }],
    ] as const) {
      expect(await socket.send('session:command', command)).toMatchObject({ ok: false, error: { code: 'paused' } });
    }
    expect(opened.live().state.round).toEqual(round);
  });
});

describe('the cohort setting "any member may call a pause"', () => {
  it('takes only true or false, and only from one of the cohort’s facilitators', async () => {
    const opened = await session();
    const other = await openSession(server, ['Zoe'], []);
    const change = (cookie: string, body: unknown) =>
      callApi(server.url, 'updateCohort', { cookie, params: { cohortId: opened.cohort.id }, body });
    for (const value of ['yes', 1, null, { on: true }]) {
      expect(await change(opened.facilitator.cookie, { anyMemberMayPause: value })).toMatchObject({ status: 400, body: { error: { code: 'invalid_payload' } } });
    }
    expect((await change(other.facilitator.cookie, { anyMemberMayPause: false })).status).toBe(404);
    expect((await change(opened.members[0]!.cookie, { anyMemberMayPause: false })).status).toBe(403);
    expect((await server.app.services.repositories.cohorts.findById(opened.cohort.id))?.anyMemberMayPause).toBe(true);
  });
});
