import { describe, expect, it } from 'vitest';
import { createCircleSession, replaySessionUpdates, viewFor, type CircleCommandInput, type SessionUpdateEvent } from '@peercircle/shared';
import { SessionRoom } from './session-room';

const SYSTEM = { kind: 'system' } as const;
const as = (participantId: string) => ({ kind: 'participant', participantId }) as const;
const [fay, maya, ravi, ines] = ['f', 'maya', 'ravi', 'ines'];

/**
 * A clearness committee through the real SessionRoom on a clock the test moves: Fay facilitates,
 * Maya is the focus person, Ravi and Ines ask.
 */
async function clearnessRoom() {
  const sent: { viewerId: string; update: SessionUpdateEvent }[] = [];
  const clock = { now: 1_000_000 };
  const room = new SessionRoom(
    createCircleSession({ sessionId: 's1', title: 'Circle', templateId: 'council', now: clock.now }),
    () => clock.now,
    { sendView: (viewerId, update) => sent.push({ viewerId, update }) },
  );
  await room.apply({ type: 'participant.join', participantId: fay, displayName: 'Fay', role: 'facilitator' }, SYSTEM);
  for (const [id, name] of [[maya, 'Maya'], [ravi, 'Ravi'], [ines, 'Ines']] as const) {
    await room.apply({ type: 'participant.join', participantId: id, displayName: name, role: 'member' }, SYSTEM);
  }
  const apply = async (command: CircleCommandInput, actorId = fay) => {
    clock.now += 1_000;
    return room.apply(command, as(actorId));
  };
  for (const command of [
    { type: 'agenda.applyTemplate', templateId: 'clearness-committee' },
    { type: 'presenter.set', participantId: maya },
    { type: 'session.start' },
    { type: 'phase.goTo', phaseIndex: 2 },
  ] as const) {
    expect(await apply(command)).toMatchObject({ ok: true });
  }
  return { room, sent, clock, apply };
}

describe('a clearness committee in a SessionRoom', () => {
  it('keeps the silence after an answer on the server clock, telling everyone when it ends', async () => {
    const { room, sent, clock, apply } = await clearnessRoom();
    await apply({ type: 'question.submit', text: 'What is yours to carry?', anonymous: true }, ravi);
    await apply({ type: 'questions.release', questionId: 'q1' });
    await apply({ type: 'floor.give', participantId: maya });
    expect(await apply({ type: 'question.pass', questionId: 'q1' }, maya)).toMatchObject({ ok: true });
    const passedAt = clock.now;

    for (const viewerId of [fay, maya, ravi, ines]) {
      const views = replaySessionUpdates(sent.filter((s) => s.viewerId === viewerId).map((s) => s.update));
      const latest = views.at(-1)!;
      expect(latest).toEqual(viewFor(room.state, viewerId));
      expect(latest.silenceGap).toEqual({ startedAt: passedAt, endsAt: passedAt + 30_000 });
      expect(latest.questions.map((q) => q.status)).toEqual(['passed']);
      // Nobody holds the floor in the silence: only the facilitator may be heard.
      expect(latest.audible).toEqual([fay]);
    }

    sent.length = 0;
    clock.now = passedAt + 29_999;
    const early = await room.apply({ type: 'floor.give', participantId: ines }, as(fay));
    expect(early).toMatchObject({ ok: false, error: { code: 'silence_gap', message: 'Silence before the next question: 1 s to go' } });
    expect(sent).toEqual([]);

    clock.now = passedAt + 30_000;
    expect(await room.apply({ type: 'floor.give', participantId: ines }, as(fay))).toMatchObject({ ok: true });
    expect(room.state.floor.holderId).toBe(ines);
    expect(sent.map((s) => s.viewerId).sort()).toEqual([fay, ines, maya, ravi]);
  });

  it('lets only the focus person pass, whoever sends it', async () => {
    const { room, apply } = await clearnessRoom();
    await apply({ type: 'question.submit', text: 'What do you know already?', anonymous: false }, ines);
    await apply({ type: 'questions.release', questionId: 'q1' });
    for (const actorId of [fay, ravi, ines]) {
      expect(await apply({ type: 'question.pass', questionId: 'q1' }, actorId)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(room.state.questions[0]?.status).toBe('released');
    expect(room.state.silenceGap).toBeNull();
  });
});
