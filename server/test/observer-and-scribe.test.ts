import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CircleSessionView, ParticipantCommandInput } from '@peercircle/shared';
import { openSession, type OpenSession } from './support/open-session';
import { startTestServer, type TestClient, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

interface Seat {
  id: string;
  socket: TestClient;
}

/**
 * A running consultancy session in its curious-questions phase: whoever the rotation picked
 * presents, and the other three members observe the process, write as scribe, and ask.
 */
async function circleWithRoles(): Promise<OpenSession & { presenter: Seat; observer: Seat; scribe: Seat; asker: Seat }> {
  const session = await openSession(server, ['Ada', 'Ben', 'Cy', 'Dee']);
  await session.fay.request('session:command', { type: 'agenda.applyTemplate', templateId: 'consultancy' });
  await session.fay.request('session:command', { type: 'session.start' });
  const presenterId = session.live().state.presenterId!;
  const [presenter, observer, scribe, asker] = [
    session.members.find((member) => member.id === presenterId)!,
    ...session.members.filter((member) => member.id !== presenterId),
  ].map((member) => ({ id: member.id, socket: session.sockets[member.name]! }));
  await session.fay.request('session:command', { type: 'roles.assign', role: 'process-observer', participantId: observer!.id });
  await session.fay.request('session:command', { type: 'roles.assign', role: 'scribe', participantId: scribe!.id });
  const phaseIndex = session.live().state.agenda.phases.findIndex((phase) => phase.kind === 'curious-questions');
  await session.fay.request('session:command', { type: 'phase.goTo', phaseIndex });
  return { ...session, presenter: presenter!, observer: observer!, scribe: scribe!, asker: asker! };
}

const viewOf = async (socket: TestClient): Promise<CircleSessionView> => (await socket.request('session:sync', {})).view;
/** Every session update a socket received, as JSON text: what it could ever have read. */
const everythingSentTo = (socket: TestClient) => socket.received('session:update').map((update) => JSON.stringify(update)).join('\n');

describe('the scribe over the wire', () => {
  it('writes notes that reach the presenter and the scribe, and nobody else receives', async () => {
    const circle = await circleWithRoles();
    const text = `Scribe probe ${Date.now()}: you said "trapped" twice`;
    await circle.scribe.socket.request('session:command', { type: 'scribeNote.add', text });

    for (const reader of [circle.presenter, circle.scribe]) {
      expect((await viewOf(reader.socket)).scribeNotes.map((note) => note.text)).toEqual([text]);
    }
    for (const outsider of [circle.fay, circle.observer.socket, circle.asker.socket]) {
      expect((await viewOf(outsider)).scribeNotes).toEqual([]);
      expect(everythingSentTo(outsider)).not.toContain('Scribe probe');
    }
  });

  it.each([
    ['a member who is not the scribe', (circle: Awaited<ReturnType<typeof circleWithRoles>>) => circle.asker.socket],
    ['the presenter', (circle: Awaited<ReturnType<typeof circleWithRoles>>) => circle.presenter.socket],
    ['the facilitator', (circle: Awaited<ReturnType<typeof circleWithRoles>>) => circle.fay],
  ])('refuses notes from %s as forbidden, changing nothing', async (_label, sender) => {
    const circle = await circleWithRoles();
    const before = circle.live().state;
    const reply = await sender(circle).send('session:command', { type: 'scribeNote.add', text: 'Not mine to write' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(circle.live().state).toBe(before);
  });

  it.each([
    ['an oversize note', 'n'.repeat(1_001)],
    ['a note with an escape sequence', 'Look \u001b[2Jhere'],
    ['a note with a carriage return alone', 'one\rtwo'],
    ['a blank note', ' \n '],
  ])('refuses %s from the scribe as invalid_payload, changing nothing', async (_label, text) => {
    const circle = await circleWithRoles();
    const before = circle.live().state;
    expect(await circle.scribe.socket.send('session:command', { type: 'scribeNote.add', text })).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(circle.live().state).toBe(before);
  });

  it('ignores a forged author or presenter in the payload', async () => {
    const circle = await circleWithRoles();
    await circle.scribe.socket.request('session:command', {
      type: 'scribeNote.add',
      text: 'Forged extras',
      authorId: circle.asker.id,
      presenterId: circle.asker.id,
      noteId: 'note-1',
    } as ParticipantCommandInput);
    const state = circle.live().state;
    expect(state.presenterId).toBe(circle.presenter.id);
    expect(state.scribeNotes).toEqual([{ noteId: `note-${state.version}`, text: 'Forged extras', writtenAt: state.clock, authorId: circle.scribe.id }]);
    expect((await viewOf(circle.asker.socket)).scribeNotes).toEqual([]);
  });

  it('lets the scribe remove a note, for the presenter too', async () => {
    const circle = await circleWithRoles();
    await circle.scribe.socket.request('session:command', { type: 'scribeNote.add', text: 'Soon gone' });
    const [note] = circle.live().state.scribeNotes;
    await circle.scribe.socket.request('session:command', { type: 'scribeNote.remove', noteId: note!.noteId });
    expect((await viewOf(circle.presenter.socket)).scribeNotes).toEqual([]);
  });
});

describe('the process observer over the wire', () => {
  it('sees the Gestalt flag on an anonymous question, without its author; another member sees no flag', async () => {
    const circle = await circleWithRoles();
    await circle.asker.socket.request('session:command', { type: 'question.submit', text: 'You should just delegate it.', anonymous: true });

    const [seen] = (await viewOf(circle.observer.socket)).questions;
    expect(seen?.adviceFlag?.looksLikeAdvice).toBe(true);
    expect(JSON.stringify(seen)).not.toContain(circle.asker.id);
    const [unflagged] = (await viewOf(circle.scribe.socket)).questions;
    expect(unflagged?.adviceFlag).toBeNull();
  });

  it('nudges the speaker once a turn; only the speaker, the observer and the facilitator hear of it', async () => {
    const circle = await circleWithRoles();
    await circle.fay.request('session:command', { type: 'floor.give', participantId: circle.asker.id });
    await circle.observer.socket.request('session:command', { type: 'nudge.send', kind: 'sounded-like-advice' });

    const again = await circle.observer.socket.send('session:command', { type: 'nudge.send', kind: 'how-or-what' });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/already had a nudge this turn/) } });
    for (const reader of [circle.asker.socket, circle.observer.socket, circle.fay]) {
      expect((await viewOf(reader)).nudge).toMatchObject({ toId: circle.asker.id, fromId: circle.observer.id, kind: 'sounded-like-advice' });
    }
    for (const outsider of [circle.presenter.socket, circle.scribe.socket]) {
      expect((await viewOf(outsider)).nudge).toBeNull();
      expect(everythingSentTo(outsider)).not.toContain('sounded-like-advice');
    }

    await circle.fay.request('session:command', { type: 'floor.clear' });
    expect((await viewOf(circle.asker.socket)).nudge).toBeNull();
  });
});
