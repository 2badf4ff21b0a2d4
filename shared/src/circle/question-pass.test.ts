import { describe, expect, it } from 'vitest';
import type { CircleCommandInput } from './commands';
import { reduce, type Actor } from './reduce';
import type { CircleSession } from './session-state';
import {
  accept,
  actorFor,
  circleInPhase,
  facilitator,
  fourthMemberId as ed,
  presenterId as bo,
  seatedCircle,
  secondMemberId as cy,
} from './test-fixtures';
import { viewFor } from './view-for';

/** Bo presents; Cy asked q1, which is being put to Bo now. */
function questionBeingAsked(templatePhase: [string, 'clearness-committee' | 'consultancy'] = ['open-questions', 'clearness-committee']): CircleSession {
  let state = circleInPhase(...templatePhase);
  state = accept(state, { type: 'question.submit', text: 'What would you do if you were not afraid?', anonymous: true }, actorFor(cy));
  return accept(state, { type: 'questions.release', questionId: 'q1' });
}

function refusal(state: CircleSession, command: CircleCommandInput, actor: Actor) {
  const result = reduce(state, command, actor, state.clock + 1_000);
  return result.ok ? 'accepted' : result.error.code;
}

describe('question.pass', () => {
  it('closes the question being asked as passed, for everyone to see, and unpins it', () => {
    const pinned = accept(questionBeingAsked(), { type: 'questions.pin', questionId: 'q1' });
    const passed = accept(pinned, { type: 'question.pass', questionId: 'q1' }, actorFor(bo));
    expect(passed.questions[0]).toMatchObject({ status: 'passed', pinned: false });
    for (const viewer of [cy, ed, bo]) expect(viewFor(passed, viewer).questions[0]?.status).toBe('passed');
  });

  it('also works in formats without a silence gap, and opens none there', () => {
    const passed = accept(questionBeingAsked(['curious-questions', 'consultancy']), { type: 'question.pass' }, actorFor(bo));
    expect(passed.questions[0]?.status).toBe('passed');
    expect(passed.silenceGap).toBeNull();
  });

  it("ends the focus person's answering turn when they hold the floor", () => {
    const answering = accept(questionBeingAsked(), { type: 'floor.give', participantId: bo });
    const passed = accept(answering, { type: 'question.pass', questionId: 'q1' }, actorFor(bo));
    expect(passed.floor).toEqual({ holderId: null, since: null });
    expect((passed.ledger[bo]?.floorMs ?? 0) - (answering.ledger[bo]?.floorMs ?? 0)).toBe(1_000);
    expect(passed.questions[0]?.status).toBe('passed');
  });

  it('lets the focus person pass on a spoken question while they hold the floor', () => {
    const answering = accept(circleInPhase('open-questions', 'clearness-committee'), { type: 'floor.give', participantId: bo });
    expect(accept(answering, { type: 'question.pass' }, actorFor(bo)).floor.holderId).toBeNull();
  });

  it.each<[string, () => CircleSession, CircleCommandInput, Actor, string]>([
    ['a member passing for the focus person', questionBeingAsked, { type: 'question.pass', questionId: 'q1' }, actorFor(cy), 'forbidden'],
    ['the facilitator passing for the focus person', questionBeingAsked, { type: 'question.pass' }, facilitator, 'forbidden'],
    [
      "a member naming the focus person in the payload",
      questionBeingAsked,
      { type: 'question.pass', questionId: 'q1', participantId: bo, actorId: bo } as CircleCommandInput,
      actorFor(ed),
      'forbidden',
    ],
    ['a stale pass on a question no longer asked', questionBeingAsked, { type: 'question.pass', questionId: 'q2' }, actorFor(bo), 'conflict'],
    [
      'a pass with nothing put to the focus person',
      () => circleInPhase('open-questions', 'clearness-committee'),
      { type: 'question.pass' },
      actorFor(bo),
      'conflict',
    ],
    [
      "a pass during the focus person's own statement",
      () => circleInPhase('focus-statement', 'clearness-committee'),
      { type: 'question.pass' },
      actorFor(bo),
      'conflict',
    ],
    ['a pass on an answered question', () => accept(questionBeingAsked(), { type: 'questions.markAnswered', questionId: 'q1' }), { type: 'question.pass', questionId: 'q1' }, actorFor(bo), 'conflict'],
    ['an oversized question id', questionBeingAsked, { type: 'question.pass', questionId: 'q'.repeat(65) }, actorFor(bo), 'invalid_payload'],
    ['someone outside the circle', questionBeingAsked, { type: 'question.pass' }, actorFor('mem-stranger'), 'forbidden'],
    ['a pass before the session starts', () => seatedCircle('clearness-committee'), { type: 'question.pass' }, actorFor(bo), 'session_not_running'],
  ])('refuses %s', (_case, before, command, actor, code) => {
    const state = before();
    const snapshot = structuredClone(state);
    expect(refusal(state, command, actor)).toBe(code);
    expect(state).toEqual(snapshot);
  });

  it('cannot be replayed: a second pass on the same question is refused', () => {
    const passed = accept(questionBeingAsked(), { type: 'question.pass', questionId: 'q1' }, actorFor(bo));
    expect(refusal(passed, { type: 'question.pass', questionId: 'q1' }, actorFor(bo))).toBe('conflict');
  });
});
