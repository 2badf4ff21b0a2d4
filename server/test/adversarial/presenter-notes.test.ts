import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { presenterNoteRules } from '@peercircle/shared';
import { callApi } from '../support/http-client';
import { openSession } from '../support/open-session';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

async function circle(names = ['Ada', 'Ben', 'Cy']) {
  const opened = await openSession(server, names, names);
  await opened.fay.request('session:command', { type: 'session.start' });
  const member = (name: string) => opened.members.find((m) => m.name === name)!;
  const write = (name: string, body: unknown, sessionId = opened.session.id) =>
    callApi(server.url, 'writePresenterNote', { cookie: member(name).cookie, params: { sessionId }, body });
  const present = (name: string) => opened.fay.request('session:command', { type: 'presenter.set', participantId: member(name).id });
  return { ...opened, member, write, present };
}

describe('notes for the presenter under attack', () => {
  it('refuses bad bodies, forged ids and wrong moments, storing nothing', async () => {
    const room = await circle();
    await room.fay.request('session:command', { type: 'presenter.set', participantId: null });
    const nobody = await room.write('Ben', { text: 'Nobody presents yet' });
    expect(nobody.status).toBe(409);
    expect(nobody.body.error?.code).toBe('wrong_phase');
    await room.present('Ada');

    const refused = [
      await room.write('Ben', { text: 'x'.repeat(presenterNoteRules.textMaxChars + 1) }),
      await room.write('Ben', { text: 'escape\u001b[31m' }),
      await room.write('Ben', { text: 'to someone else', presenterId: room.member('Cy').id }),
      await room.write('Ben', { text: 'as someone else', authorId: room.member('Cy').id }),
      await room.write('Ben', 'just a string'),
    ];
    for (const response of refused) expect(response.status).toBe(400);

    expect((await room.write('Ada', { text: 'A note to myself' })).status).toBe(403);
    const asFacilitator = await callApi(server.url, 'writePresenterNote', { cookie: room.facilitator.cookie, params: { sessionId: room.session.id }, body: { text: 'From Fay' } });
    expect(asFacilitator.status).toBe(403);
    expect((await room.write('Ben', { text: 'Into the void' }, randomUUID())).status).toBe(404);

    const other = await circle(['Di', 'Eve']);
    await other.present('Di');
    expect((await other.write('Eve', { text: 'Across cohorts' }, room.session.id)).status).toBe(404);

    const { db } = server.app.services.repositories;
    expect(await db.selectFrom('presenter_notes').select('id').where('session_id', 'in', [room.session.id, other.session.id]).execute()).toEqual([]);
  });

  it('caps each author per session: a flood or a replayed request stops at the cap', async () => {
    const room = await circle(['Ada', 'Ben']);
    await room.present('Ada');
    const body = { text: 'Same note again' };
    for (let i = 0; i < presenterNoteRules.maxNotesPerAuthorPerSession; i++) expect((await room.write('Ben', body)).status).toBe(200);
    const over = await room.write('Ben', body);
    expect(over.status).toBe(429);
    expect(over.body.error?.code).toBe('rate_limited');
    await room.fay.request('session:command', { type: 'session.end' });
    const notes = await callApi(server.url, 'myPresenterNotes', { cookie: room.member('Ada').cookie });
    expect(notes.body[0]!.notes).toHaveLength(presenterNoteRules.maxNotesPerAuthorPerSession);
  });

  it('notes written after the session ended are refused', async () => {
    const room = await circle(['Ada', 'Ben']);
    await room.present('Ada');
    await room.fay.request('session:command', { type: 'session.end' });
    expect((await room.write('Ben', { text: 'Too late' })).status).toBe(409);
  });
});
