import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
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
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-notes-'));
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000', DATA_DIR: dataDir }, { captureLogs: true });
});
afterEach(() => server.disconnectAll());
afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

const names = ['Ada', 'Ben', 'Cy'];

/** A running session in which Ada presents. */
async function presentingSession() {
  const circle = await openSession(server, names, names);
  await circle.fay.request('session:command', { type: 'session.start' });
  const member = (name: string) => circle.members.find((m) => m.name === name)!;
  await circle.fay.request('session:command', { type: 'presenter.set', participantId: member('Ada').id });
  const write = (name: string, body: unknown, sessionId = circle.session.id) =>
    callApi(server.url, 'writePresenterNote', { cookie: member(name).cookie, params: { sessionId }, body });
  const notesOf = (cookie: string) => callApi(server.url, 'myPresenterNotes', { cookie });
  const end = () => circle.fay.request('session:command', { type: 'session.end' });
  return { ...circle, member, write, notesOf, end };
}

async function filesUnder(dir: string): Promise<Buffer[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
  return Promise.all(files.map((file) => readFile(file)));
}

describe('notes for the presenter', () => {
  it('are handed over to the presenter alone when the session ends, and never stored, logged or served in the clear', async () => {
    const circle = await presentingSession();
    const benText = 'MARKER-ben: you lit up talking about the team offsite';
    const cyText = 'MARKER-cy: the silence after your question said a lot';

    const ben = await circle.write('Ben', { text: benText });
    expect(ben.status).toBe(200);
    expect(ben.body.notesLeft).toBe(presenterNoteRules.maxNotesPerAuthorPerSession - 1);
    expect((await circle.write('Cy', { text: cyText, anonymous: true })).status).toBe(200);

    // Before the hand-over even the presenter sees nothing.
    expect((await circle.notesOf(circle.member('Ada').cookie)).body).toEqual([]);

    await circle.end();
    const ada = await circle.notesOf(circle.member('Ada').cookie);
    expect(ada.status).toBe(200);
    expect(ada.body).toHaveLength(1);
    expect(ada.body[0]!.sessionId).toBe(circle.session.id);
    expect(ada.body[0]!.notes.map((note) => [note.authorName, note.text])).toEqual([
      ['Ben', benText],
      [null, cyText],
    ]);

    const adaExport = await callApi(server.url, 'exportMyData', { cookie: circle.member('Ada').cookie });
    expect(JSON.stringify(adaExport.body.presenterNotesReceived)).toContain(benText);

    // Nobody else: the authors, the facilitator, any other read of the API.
    for (const name of ['Ben', 'Cy']) {
      expect((await circle.notesOf(circle.member(name).cookie)).body).toEqual([]);
      const exported = await callApi(server.url, 'exportMyData', { cookie: circle.member(name).cookie });
      expect(JSON.stringify(exported.body)).not.toContain('MARKER');
    }
    expect((await circle.notesOf(circle.facilitator.cookie)).status).toBe(403);
    const facilitatorReads = [
      await callApi(server.url, 'getCohort', { cookie: circle.facilitator.cookie, params: { cohortId: circle.cohort.id } }),
      await callApi(server.url, 'listCohorts', { cookie: circle.facilitator.cookie }),
      await callApi(server.url, 'meetingReviewSummary', { cookie: circle.facilitator.cookie, params: { sessionId: circle.session.id } }),
    ];
    for (const read of facilitatorReads) expect(JSON.stringify(read.body)).not.toContain('MARKER');

    // Nothing in the database files (WAL included) nor in the logs.
    const files = await filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(0);
    for (const bytes of files) expect(bytes.includes('MARKER')).toBe(false);
    expect(server.logLines.join('')).not.toContain('MARKER');
  });

  it('only the presenter keeps a handed-over note past the retention', async () => {
    const circle = await presentingSession();
    const written = await circle.write('Ben', { text: 'Keep going' });
    const noteId = written.body.noteId;
    const keep = (name: string) => callApi(server.url, 'keepPresenterNote', { cookie: circle.member(name).cookie, params: { noteId }, body: { kept: true } });

    expect((await keep('Ada')).status).toBe(404); // not handed over yet
    await circle.end();
    expect((await keep('Ben')).status).toBe(404);
    expect((await callApi(server.url, 'keepPresenterNote', { cookie: circle.facilitator.cookie, params: { noteId }, body: { kept: true } })).status).toBe(403);
    const kept = await keep('Ada');
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ noteId, text: 'Keep going', kept: true });
  });

  it('are handed over when someone else starts presenting', async () => {
    const circle = await presentingSession();
    await circle.write('Ben', { text: 'First presentation' });
    expect((await circle.notesOf(circle.member('Ada').cookie)).body).toEqual([]);
    await circle.fay.request('session:command', { type: 'presenter.set', participantId: circle.member('Cy').id });
    const notes = await circle.notesOf(circle.member('Ada').cookie);
    expect(notes.body[0]!.notes.map((note) => note.text)).toEqual(['First presentation']);
    await circle.write('Ben', { text: 'Second presentation' });
    expect((await circle.notesOf(circle.member('Cy').cookie)).body).toEqual([]);
  });
});

describe('the cohort sets how long notes are kept', () => {
  it('90 days unless the facilitator sets 7…365; a note shows when it will go', async () => {
    const circle = await presentingSession();
    const update = (notesRetentionDays: unknown) =>
      callApi(server.url, 'updateCohort', { cookie: circle.facilitator.cookie, params: { cohortId: circle.cohort.id }, body: { notesRetentionDays } as never });
    const detail = await callApi(server.url, 'getCohort', { cookie: circle.facilitator.cookie, params: { cohortId: circle.cohort.id } });
    expect(detail.body.notesRetentionDays).toBe(presenterNoteRules.defaultRetentionDays);
    for (const bad of [6, 366, 30.5, '30']) expect((await update(bad)).status).toBe(400);
    const changed = await update(30);
    expect(changed.status).toBe(200);
    expect(changed.body.notesRetentionDays).toBe(30);

    await circle.write('Ben', { text: 'Thirty days' });
    await circle.end();
    const [note] = (await circle.notesOf(circle.member('Ada').cookie)).body[0]!.notes;
    expect(note!.deleteAfter - note!.writtenAt).toBe(30 * 86_400_000);
  });
});
