import { sql, type Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ServerToClientEvents } from '@peercircle/shared';
import { callApi } from '../support/http-client';
import { openSession, type OpenSession } from '../support/open-session';
import { startTestServer, type TestClient, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000', SESSION_IDLE_TTL_MS: '1000' }, { captureLogs: true });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const db = () => server.app.services.repositories.db as unknown as Kysely<Record<string, Record<string, unknown>>>;

/** Every row of every table, as JSON text, table by table. */
async function everyRow(): Promise<Record<string, string[]>> {
  const tables = await db().introspection.getTables();
  const rows: Record<string, string[]> = {};
  for (const { name } of tables) rows[name] = (await db().selectFrom(name).selectAll().execute()).map((row) => JSON.stringify(row));
  return rows;
}

/** Everything a socket received, as JSON text per event. */
function everything(client: TestClient): string[] {
  const events: (keyof ServerToClientEvents)[] = ['session:update', 'room:participantJoined', 'room:participantLeft', 'lobby:update', 'lobby:admitted'];
  return events.flatMap((event) => client.received(event).map((payload) => JSON.stringify(payload)));
}

/** A running consultancy-style session: Ada presents, Ben and Cy ask. */
async function runningSession(): Promise<OpenSession & { presenter: TestClient }> {
  const opened = await openSession(server, ['Ada', 'Ben', 'Cy']);
  await opened.fay.request('session:command', { type: 'session.start' });
  const presenterName = opened.members.find((member) => member.id === opened.live().state.presenterId)!.name;
  return { ...opened, presenter: opened.sockets[presenterName]! };
}

function asker(session: OpenSession) {
  const member = session.members.find((m) => m.id !== session.live().state.presenterId)!;
  return { member, socket: session.sockets[member.name]! };
}

async function failWritesTo(table: string): Promise<() => Promise<void>> {
  for (const operation of ['insert', 'update', 'delete']) {
    await sql.raw(`create trigger fail_${table}_${operation} before ${operation} on ${table} begin select raise(abort, 'disk I/O error'); end`).execute(db());
  }
  return async () => {
    for (const operation of ['insert', 'update', 'delete']) await sql.raw(`drop trigger fail_${table}_${operation}`).execute(db());
  };
}

describe('who asked an anonymous question', () => {
  it('is in no event, API response, log line or database row — during the session or after it', async () => {
    const session = await runningSession();
    const { member: author, socket } = asker(session);
    const text = `Anonymous probe ${Date.now()}: what are you not saying?`;
    await socket.request('session:command', { type: 'question.submit', text, anonymous: true });
    await session.fay.request('session:command', { type: 'questions.release', questionId: 'q1' });
    await session.presenter.request('session:command', { type: 'questions.keep', keep: true });

    // In the live database row, the question is there but its author is sealed.
    const live = (await everyRow())['live_session_states']!.join('\n');
    const stored = JSON.parse(JSON.parse(live).state_json).questions[0];
    expect(stored.text).toBe(text);
    expect(stored.authorId).toMatch(/^sealed:/);
    expect(JSON.stringify(stored)).not.toContain(author.id);

    await session.fay.request('session:command', { type: 'session.end' });
    const clients = [session.fay, ...Object.values(session.sockets)];
    for (const client of clients) {
      for (const payload of everything(client).filter((json) => json.includes(text))) {
        const questions = [...payload.matchAll(/\{[^{}]*"text":"[^"]*what are you not saying\?"[^{}]*\}/g)].map((m) => m[0]);
        for (const question of questions) {
          expect(question).not.toContain(author.id);
          expect(question).not.toMatch(/authorId|authorName/);
        }
      }
    }
    const afterEnd = await everyRow();
    for (const [table, rows] of Object.entries(afterEnd)) {
      for (const row of rows.filter((r) => r.includes('what are you not saying'))) expect(row, table).not.toContain(author.id);
    }
    const kept = await callApi(server.url, 'keptQuestions', { cookie: session.members.find((m) => m.id === session.live().state.presenterId)!.cookie });
    expect(JSON.stringify(kept.body)).toContain(text);
    expect(JSON.stringify(kept.body)).not.toContain(author.id);
    const exported = await callApi(server.url, 'exportMyData', { cookie: author.cookie });
    expect(JSON.stringify(exported.body)).not.toContain('what are you not saying');
    expect(server.logLines.join('\n')).not.toContain('what are you not saying');
  });

  it('can still withdraw it after the room idled out and was rebuilt from storage', async () => {
    const session = await runningSession();
    const { member: author, socket } = asker(session);
    await socket.request('session:command', { type: 'question.submit', text: 'Who else could decide this?', anonymous: true });
    server.disconnectAll();
    await expect.poll(() => server.app.sessionRooms.get(session.session.id), { timeout: 5_000 }).toBeUndefined();

    const back = await server.connect(undefined, author.cookie);
    await back.request('room:join', { sessionId: session.session.id });
    await back.request('session:command', { type: 'question.withdraw', questionId: 'q1' });
    expect(session.live().state.questions[0]!.status).toBe('withdrawn');
  });
});

describe('a session that idled out', () => {
  it('is saved again once rebuilt, and its end reaches the database', async () => {
    const session = await runningSession();
    server.disconnectAll();
    await expect.poll(() => server.app.sessionRooms.get(session.session.id), { timeout: 5_000 }).toBeUndefined();

    const fay = await server.connect(undefined, session.facilitator.cookie);
    await fay.request('room:join', { sessionId: session.session.id });
    await fay.request('session:command', { type: 'phase.next' });
    const saved = await server.app.services.repositories.liveStates.load(session.session.id);
    expect(saved?.version).toBe(session.live().state.version);

    await fay.request('session:command', { type: 'session.end' });
    expect(await server.app.services.repositories.liveStates.load(session.session.id)).toBeUndefined();
    expect((await server.app.services.repositories.sessions.findById(session.session.id))?.status).toBe('ended');
  });
});

describe('the database failing', () => {
  it('mid-command: the command is refused, nothing changes, nobody hears of it, the server carries on', async () => {
    const session = await runningSession();
    const before = session.live().state;
    // A round trip: whatever was sent to the presenter before it has arrived.
    await session.presenter.request('session:time', {});
    const updatesBefore = session.presenter.received('session:update').length;
    const restore = await failWritesTo('live_session_states');
    try {
      const reply = await session.fay.send('session:command', { type: 'phase.next' });
      expect(reply).toMatchObject({ ok: false, error: { code: 'unavailable' } });
      expect(session.live().state).toBe(before);
      // Presence changes fail to save as well: nothing may crash.
      session.sockets['Cy']!.close();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(session.presenter.received('session:update').length).toBe(updatesBefore);
      expect(await session.fay.send('session:time', {})).toMatchObject({ ok: true });
    } finally {
      await restore();
    }
    expect(await session.fay.send('session:command', { type: 'phase.next' })).toMatchObject({ ok: true });
    expect(server.logLines.some((line) => line.includes('could not save the circle'))).toBe(true);
  });

  it('while ending a session: all or nothing — the session keeps running, with nothing half-written', async () => {
    const session = await runningSession();
    const restore = await failWritesTo('sessions');
    try {
      expect(await session.fay.send('session:command', { type: 'session.end' })).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    } finally {
      await restore();
    }
    expect(session.live().state.status).toBe('running');
    expect(await server.app.services.repositories.liveStates.load(session.session.id)).toBeDefined();
    const speakingRows = await db().selectFrom('speaking_time').selectAll().where('session_id', '=', session.session.id).execute();
    expect(speakingRows).toEqual([]);
    expect(await session.fay.send('session:command', { type: 'session.end' })).toMatchObject({ ok: true });
  });
});
