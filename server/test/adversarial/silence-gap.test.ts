import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replaySessionUpdates } from '@peercircle/shared';
import { openSession, type OpenSession } from '../support/open-session';
import { startTestServer, type TestClient, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

interface ClearnessCircle extends OpenSession {
  presenterId: string;
  presenter: TestClient;
  askerId: string;
  asker: TestClient;
}

/** A cohort session run as a clearness committee, in its questions phase, with Ben's or Cy's question q1 put to the focus person. */
async function questionPutToFocusPerson(): Promise<ClearnessCircle> {
  const session = await openSession(server, ['Ada', 'Ben', 'Cy']);
  await session.fay.request('session:command', { type: 'agenda.applyTemplate', templateId: 'clearness-committee' });
  await session.fay.request('session:command', { type: 'session.start' });
  await session.fay.request('session:command', { type: 'phase.goTo', phaseIndex: 2 });
  const presenterId = session.live().state.presenterId!;
  const [presenter, asker] = [
    session.members.find((m) => m.id === presenterId)!,
    session.members.find((m) => m.id !== presenterId)!,
  ];
  const askerSocket = session.sockets[asker.name]!;
  await askerSocket.request('session:command', { type: 'question.submit', text: 'What is asking to be born here?', anonymous: false });
  await askerSocket.request('session:command', { type: 'question.submit', text: 'What would rest look like?', anonymous: true });
  await askerSocket.request('session:command', { type: 'hand.raise' });
  await session.fay.request('session:command', { type: 'questions.release', questionId: 'q1' });
  return { ...session, presenterId, presenter: session.sockets[presenter.name]!, askerId: asker.id, asker: askerSocket };
}

/** The focus person passes on q1: the 30-second silence runs for the rest of the test. */
async function inSilence(): Promise<ClearnessCircle> {
  const circle = await questionPutToFocusPerson();
  await circle.presenter.request('session:command', { type: 'question.pass', questionId: 'q1' });
  expect(circle.live().state.silenceGap).not.toBeNull();
  return circle;
}

describe('the silence between questions, under attack', () => {
  it('holds against the facilitator giving the floor or releasing a question, and tells nobody of the attempts', async () => {
    const circle = await inSilence();
    const before = circle.live().state;
    for (const command of [
      { type: 'floor.give', participantId: circle.askerId },
      { type: 'floor.give', participantId: circle.presenterId },
      { type: 'floor.giveNextInQueue' },
      { type: 'questions.release', questionId: 'q2' },
    ]) {
      const reply = await circle.fay.send('session:command', command);
      expect(reply, command.type).toMatchObject({ ok: false, error: { code: 'silence_gap', message: expect.stringMatching(/^Silence before the next question: \d+ s to go$/) } });
    }
    expect(circle.live().state.version).toBe(before.version);
    expect(circle.live().state.floor.holderId).toBeNull();
    // Everyone heard of the pass and its silence, and of nothing after it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const seen = replaySessionUpdates(circle.asker.received('session:update')).at(-1);
    expect(seen?.version).toBe(before.version);
    expect(seen?.silenceGap).toEqual(before.silenceGap);
  });

  it('refuses members who try the facilitator’s moves or pass for the focus person, with a forged actor in the payload', async () => {
    const circle = await inSilence();
    const version = circle.live().state.version;
    const attempts: [TestClient, unknown, string][] = [
      [circle.asker, { type: 'questions.release', questionId: 'q2' }, 'forbidden'],
      [circle.asker, { type: 'floor.give', participantId: circle.askerId }, 'forbidden'],
      [circle.asker, { type: 'floor.giveNextInQueue' }, 'forbidden'],
      [circle.presenter, { type: 'floor.give', participantId: circle.presenterId }, 'forbidden'],
      [circle.asker, { type: 'question.pass', questionId: 'q1', participantId: circle.presenterId, actorId: circle.presenterId }, 'forbidden'],
      [circle.fay, { type: 'question.pass', actorId: circle.presenterId }, 'forbidden'],
      // A replayed pass, an id of the wrong shape, an oversized id.
      [circle.presenter, { type: 'question.pass', questionId: 'q1' }, 'conflict'],
      [circle.presenter, { type: 'question.pass', questionId: { $ne: null } }, 'invalid_payload'],
      [circle.presenter, { type: 'question.pass', questionId: 'q'.repeat(10_000) }, 'invalid_payload'],
    ];
    for (const [socket, command, code] of attempts) {
      const reply = await socket.send('session:command', command);
      expect(reply, JSON.stringify(command).slice(0, 80)).toMatchObject({ ok: false, error: { code } });
    }
    expect(circle.live().state.version).toBe(version);
    expect(circle.live().state.questions.map((q) => q.status)).toEqual(['passed', 'pending']);
  });

  it('lets no question through when the pass and the next release race each other', async () => {
    const circle = await questionPutToFocusPerson();
    const [passed, released] = await Promise.all([
      circle.presenter.send('session:command', { type: 'question.pass', questionId: 'q1' }),
      circle.fay.send('session:command', { type: 'questions.release', questionId: 'q2' }),
    ]);
    expect(passed).toMatchObject({ ok: true });
    expect(released).toMatchObject({ ok: false, error: { code: 'silence_gap' } });
    expect(circle.live().state.questions.map((q) => q.status)).toEqual(['passed', 'pending']);
  });

  it('refuses questions in mirroring, from members and the facilitator alike', async () => {
    const circle = await inSilence();
    await circle.fay.request('session:command', { type: 'phase.next' });
    expect(circle.live().state.silenceGap).toBeNull();
    for (const socket of [circle.asker, circle.fay]) {
      const reply = await socket.send('session:command', { type: 'question.submit', text: 'One more?', anonymous: false });
      expect(reply).toMatchObject({ ok: false, error: { code: 'wrong_phase' } });
    }
    const release = await circle.fay.send('session:command', { type: 'questions.release', questionId: 'q2' });
    expect(release).toMatchObject({ ok: false, error: { code: 'wrong_phase' } });
  });
});
