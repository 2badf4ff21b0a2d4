import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { presenterNoteRules } from '@peercircle/shared';
import { callApi } from './support/http-client';
import { openSession } from './support/open-session';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-scribe-notes-'));
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000', DATA_DIR: dataDir }, { captureLogs: true });
});
afterEach(() => server.disconnectAll());
afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

const names = ['Ada', 'Ben', 'Cy'];

/** A running session in which Ada presents and Ben is the scribe. */
async function scribedSession() {
  const circle = await openSession(server, names, names);
  const member = (name: string) => circle.members.find((m) => m.name === name)!;
  await circle.fay.request('session:command', { type: 'session.start' });
  await circle.fay.request('session:command', { type: 'presenter.set', participantId: member('Ada').id });
  await circle.fay.request('session:command', { type: 'roles.assign', role: 'scribe', participantId: member('Ben').id });
  const scribe = (text: string) => circle.sockets.Ben!.request('session:command', { type: 'scribeNote.add', text });
  const notesOf = (name: string) => callApi(server.url, 'myPresenterNotes', { cookie: member(name).cookie });
  return { ...circle, member, scribe, notesOf };
}

describe("the scribe's notes at the hand-over", () => {
  it('become sealed notes from the scribe that only the presenter reads, once the session ends', async () => {
    const circle = await scribedSession();
    await circle.scribe('SCRIBE-MARK one: the turning point was the budget talk');
    await circle.scribe('SCRIBE-MARK two: you named fear three times');
    // While the presentation runs nothing is handed over.
    expect((await circle.notesOf('Ada')).body).toEqual([]);

    await circle.fay.request('session:command', { type: 'session.end' });
    const ada = await circle.notesOf('Ada');
    expect(ada.body).toHaveLength(1);
    expect(ada.body[0]!.notes.map((note) => [note.authorName, note.text])).toEqual([
      ['Ben', 'SCRIBE-MARK one: the turning point was the budget talk'],
      ['Ben', 'SCRIBE-MARK two: you named fear three times'],
    ]);
    const kept = await callApi(server.url, 'keepPresenterNote', {
      cookie: circle.member('Ada').cookie,
      params: { noteId: ada.body[0]!.notes[0]!.noteId },
      body: { kept: true },
    });
    expect(kept.body).toMatchObject({ kept: true, authorName: 'Ben' });

    for (const name of ['Ben', 'Cy']) expect((await circle.notesOf(name)).body).toEqual([]);
    expect((await callApi(server.url, 'myPresenterNotes', { cookie: circle.facilitator.cookie })).status).toBe(403);
    const benExport = await callApi(server.url, 'exportMyData', { cookie: circle.member('Ben').cookie });
    expect(JSON.stringify(benExport.body)).not.toContain('SCRIBE-MARK');
    // The copies are sealed (the live state itself held the notes in the clear while they were live).
    const rows = await server.app.services.repositories.presenterNotes.listForPresenter(circle.member('Ada').id);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.sealed).not.toContain('SCRIBE');
    expect(server.logLines.join('')).not.toContain('SCRIBE-MARK');
  });

  it('are handed over when another member starts presenting, and count among the scribe’s notes of the session', async () => {
    const circle = await scribedSession();
    await circle.scribe('For Ada');
    await circle.fay.request('session:command', { type: 'presenter.set', participantId: circle.member('Cy').id });
    expect((await circle.notesOf('Ada')).body[0]!.notes.map((note) => note.text)).toEqual(['For Ada']);
    // Cy presents now; the live notes started empty and nothing of Ada's went to Cy.
    expect(circle.live().state.scribeNotes).toEqual([]);
    const written = await callApi(server.url, 'writePresenterNote', {
      cookie: circle.member('Ben').cookie,
      params: { sessionId: circle.session.id },
      body: { text: 'A note of my own for Cy' },
    });
    expect(written.body.notesLeft).toBe(presenterNoteRules.maxNotesPerAuthorPerSession - 2);
    await circle.fay.request('session:command', { type: 'session.end' });
    expect((await circle.notesOf('Cy')).body[0]!.notes.map((note) => [note.authorName, note.text])).toEqual([['Ben', 'A note of my own for Cy']]);
  });

  it('are signed by the scribe who wrote each, when the role changed hands during the presentation', async () => {
    const circle = await scribedSession();
    await circle.scribe('From Ben');
    await circle.fay.request('session:command', { type: 'roles.assign', role: 'scribe', participantId: circle.member('Cy').id });
    await circle.sockets.Cy!.request('session:command', { type: 'scribeNote.add', text: 'From Cy' });
    await circle.fay.request('session:command', { type: 'session.end' });
    const notes = (await circle.notesOf('Ada')).body[0]!.notes;
    expect(notes.map((note) => [note.authorName, note.text]).sort()).toEqual([
      ['Ben', 'From Ben'],
      ['Cy', 'From Cy'],
    ]);
  });

  it('are stored once even when the copy is made again (a retried save, a restart)', async () => {
    const circle = await scribedSession();
    await circle.scribe('Only once');
    const notes = circle.live().state.scribeNotes;
    const presenterNotes = server.app.services.presenterNotes;
    await presenterNotes.sealScribeNotes(circle.session.id, circle.member('Ada').id, circle.member('Ben').id, notes);
    await circle.fay.request('session:command', { type: 'session.end' });
    await presenterNotes.sealScribeNotes(circle.session.id, circle.member('Ada').id, circle.member('Ben').id, notes);
    expect((await circle.notesOf('Ada')).body[0]!.notes.map((note) => note.text)).toEqual(['Only once']);
  });

  it('are not sealed for anyone outside the cohort, nor from the presenter to themself', async () => {
    const circle = await scribedSession();
    const other = await scribedSession();
    await circle.scribe('Stays in its cohort');
    const notes = circle.live().state.scribeNotes;
    const presenterNotes = server.app.services.presenterNotes;
    expect(await presenterNotes.sealScribeNotes(circle.session.id, other.member('Ada').id, circle.member('Ben').id, notes)).toBe(0);
    expect(await presenterNotes.sealScribeNotes(circle.session.id, circle.member('Ada').id, other.member('Ben').id, notes)).toBe(0);
    expect(await presenterNotes.sealScribeNotes(circle.session.id, circle.member('Ada').id, circle.member('Ada').id, notes)).toBe(0);
    await other.fay.request('session:command', { type: 'session.end' });
    expect((await other.notesOf('Ada')).body).toEqual([]);
  });
});
