import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { maxScribeNotes, type CircleSessionView, type ParticipantCommandInput } from '@peercircle/shared';
import { openSession, type OpenSession } from '../support/open-session';
import { startTestServer, type TestClient, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(
    { DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000', CIRCLE_COMMANDS_PER_SECOND: '1000', SOCKET_REQUESTS_PER_SECOND: '1000' },
    { captureLogs: true },
  );
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

interface Seat {
  id: string;
  socket: TestClient;
}

type Circle = OpenSession & { presenter: Seat; observer: Seat; scribe: Seat; asker: Seat };

/** Consultancy in its curious-questions phase; the three members who do not present observe, write, ask. */
async function circleWithRoles(): Promise<Circle> {
  const session = await openSession(server, ['Ada', 'Ben', 'Cy', 'Dee']);
  const facilitate = (command: ParticipantCommandInput) => session.fay.request('session:command', command);
  await facilitate({ type: 'agenda.applyTemplate', templateId: 'consultancy' });
  await facilitate({ type: 'session.start' });
  const presenterId = session.live().state.presenterId!;
  const [presenter, observer, scribe, asker] = [
    session.members.find((member) => member.id === presenterId)!,
    ...session.members.filter((member) => member.id !== presenterId),
  ].map((member) => ({ id: member.id, socket: session.sockets[member.name]! }));
  await facilitate({ type: 'roles.assign', role: 'process-observer', participantId: observer!.id });
  await facilitate({ type: 'roles.assign', role: 'scribe', participantId: scribe!.id });
  await facilitate({ type: 'phase.goTo', phaseIndex: session.live().state.agenda.phases.findIndex((phase) => phase.kind === 'curious-questions') });
  return { ...session, presenter: presenter!, observer: observer!, scribe: scribe!, asker: asker! };
}

const viewOf = async (socket: TestClient): Promise<CircleSessionView> => (await socket.request('session:sync', {})).view;
const db = () => server.app.services.repositories.db as unknown as Kysely<Record<string, Record<string, unknown>>>;

async function everyRow(): Promise<string> {
  const rows: string[] = [];
  for (const { name } of await db().introspection.getTables()) {
    rows.push(...(await db().selectFrom(name).selectAll().execute()).map((row) => `${name}: ${JSON.stringify(row)}`));
  }
  return rows.join('\n');
}

describe('the scribe\'s notes under attack', () => {
  it('never reach a log line, and no database row outlives the session with them', async () => {
    const circle = await circleWithRoles();
    const marker = `scribe-secret-${Date.now()}`;
    await circle.scribe.socket.request('session:command', { type: 'scribeNote.add', text: `${marker} accepted` });
    // Refused notes carry text too: too long, with control characters, from someone else.
    await circle.scribe.socket.send('session:command', { type: 'scribeNote.add', text: `${marker} ${'x'.repeat(1_000)}` });
    await circle.scribe.socket.send('session:command', { type: 'scribeNote.add', text: `${marker}\u0007bell` });
    await circle.asker.socket.send('session:command', { type: 'scribeNote.add', text: `${marker} forged` });
    await circle.fay.send('session:command', { type: 'scribeNote.add', text: `${marker} by the facilitator` });
    await circle.scribe.socket.request('session:command', { type: 'scribeNote.remove', noteId: circle.live().state.scribeNotes[0]!.noteId });
    await circle.scribe.socket.request('session:command', { type: 'scribeNote.add', text: `${marker} kept to the end` });
    await circle.fay.request('session:command', { type: 'session.end' });

    expect(server.logLines.length).toBeGreaterThan(0);
    expect(server.logLines.join('\n')).not.toContain(marker);
    expect(await server.app.services.repositories.liveStates.load(circle.session.id)).toBeUndefined();
    expect(await everyRow()).not.toContain(marker);
  });

  it(`stop at ${maxScribeNotes} under a flood, however fast they come`, async () => {
    const circle = await circleWithRoles();
    const replies = await Promise.all(
      Array.from({ length: maxScribeNotes + 10 }, (_, index) => circle.scribe.socket.send('session:command', { type: 'scribeNote.add', text: `Flood ${index}` })),
    );
    expect(replies.filter((reply) => reply.ok)).toHaveLength(maxScribeNotes);
    expect(replies.filter((reply) => !reply.ok).every((reply) => !reply.ok && reply.error.code === 'conflict')).toBe(true);
    expect(circle.live().state.scribeNotes).toHaveLength(maxScribeNotes);
  });

  it('refuse a replayed removal without touching the other notes', async () => {
    const circle = await circleWithRoles();
    for (const text of ['First', 'Second']) await circle.scribe.socket.request('session:command', { type: 'scribeNote.add', text });
    const removal = { type: 'scribeNote.remove', noteId: circle.live().state.scribeNotes[0]!.noteId } as const;
    await circle.scribe.socket.request('session:command', removal);
    const before = circle.live().state;
    expect(await circle.scribe.socket.send('session:command', removal)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(circle.live().state).toBe(before);
    expect(before.scribeNotes.map((note) => note.text)).toEqual(['Second']);
  });

  it('are out of a former scribe\'s reach and sight', async () => {
    const circle = await circleWithRoles();
    await circle.scribe.socket.request('session:command', { type: 'scribeNote.add', text: 'Before the hand-over' });
    await circle.fay.request('session:command', { type: 'roles.assign', role: 'scribe', participantId: circle.asker.id });
    const before = circle.live().state;
    const noteId = before.scribeNotes[0]!.noteId;
    for (const command of [{ type: 'scribeNote.add', text: 'After' }, { type: 'scribeNote.remove', noteId }]) {
      expect(await circle.scribe.socket.send('session:command', command)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(circle.live().state).toBe(before);
    expect((await viewOf(circle.scribe.socket)).scribeNotes).toEqual([]);
    expect((await viewOf(circle.asker.socket)).scribeNotes.map((note) => note.text)).toEqual(['Before the hand-over']);
  });

  it('cannot be read by asking for them: a sync or a guessed id gives the facilitator nothing', async () => {
    const circle = await circleWithRoles();
    await circle.scribe.socket.request('session:command', { type: 'scribeNote.add', text: 'Private to the presenter' });
    const noteId = circle.live().state.scribeNotes[0]!.noteId;
    expect((await viewOf(circle.fay)).scribeNotes).toEqual([]);
    expect(await circle.fay.send('session:command', { type: 'scribeNote.remove', noteId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(circle.live().state.scribeNotes).toHaveLength(1);
  });
});

describe('nudges under attack', () => {
  it('land once when the observer and the facilitator race in one turn', async () => {
    const circle = await circleWithRoles();
    await circle.fay.request('session:command', { type: 'floor.give', participantId: circle.asker.id });
    const replies = await Promise.all([
      circle.observer.socket.send('session:command', { type: 'nudge.send', kind: 'how-or-what' }),
      circle.fay.send('session:command', { type: 'nudge.send', kind: 'own-experience' }),
      circle.observer.socket.send('session:command', { type: 'nudge.send', kind: 'sounded-like-advice' }),
    ]);
    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    expect(replies.filter((reply) => !reply.ok).map((reply) => !reply.ok && reply.error.code)).toEqual(['conflict', 'conflict']);
  });

  it.each([
    ['free-form words', { type: 'nudge.send', kind: 'You are boring us' }, 'invalid_payload'],
    ['no kind', { type: 'nudge.send' }, 'invalid_payload'],
  ])('refuse %s', async (_label, command, code) => {
    const circle = await circleWithRoles();
    await circle.fay.request('session:command', { type: 'floor.give', participantId: circle.asker.id });
    expect(await circle.observer.socket.send('session:command', command)).toMatchObject({ ok: false, error: { code } });
    expect(circle.live().state.nudge).toBeNull();
  });

  it('go to the speaker whatever the payload names', async () => {
    const circle = await circleWithRoles();
    await circle.fay.request('session:command', { type: 'floor.give', participantId: circle.asker.id });
    await circle.observer.socket.request('session:command', { type: 'nudge.send', kind: 'how-or-what', toId: circle.presenter.id, fromId: circle.facilitator.id } as ParticipantCommandInput);
    expect(circle.live().state.nudge).toMatchObject({ toId: circle.asker.id, fromId: circle.observer.id });
    expect((await viewOf(circle.presenter.socket)).nudge).toBeNull();
  });

  it('come from members without the role as forbidden; a former observer loses the flags too', async () => {
    const circle = await circleWithRoles();
    await circle.asker.socket.request('session:command', { type: 'question.submit', text: 'Have you considered quitting?', anonymous: true });
    await circle.fay.request('session:command', { type: 'floor.give', participantId: circle.asker.id });
    expect((await viewOf(circle.observer.socket)).questions[0]?.adviceFlag).not.toBeNull();
    await circle.fay.request('session:command', { type: 'roles.assign', role: 'process-observer', participantId: null });
    for (const member of [circle.observer, circle.scribe, circle.presenter]) {
      expect(await member.socket.send('session:command', { type: 'nudge.send', kind: 'how-or-what' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect((await viewOf(circle.observer.socket)).questions[0]?.adviceFlag).toBeNull();
    expect(circle.live().state.nudge).toBeNull();
  });
});
