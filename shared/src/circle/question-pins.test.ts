import { describe, expect, it } from 'vitest';
import type { CircleCommandInput } from './commands';
import { reduce } from './reduce';
import type { CircleSession } from './session-state';
import { accept, actorFor, circleInPhase, facilitator, facilitatorId, secondMemberId as cy, thirdMemberId as di } from './test-fixtures';
import { viewFor } from './view-for';

/** Two questions in the clarifying phase, the first put to the presenter. */
function oneReleased(): CircleSession {
  let state = circleInPhase('clarifying-questions');
  state = accept(state, { type: 'question.submit', text: 'Who decides in the end?', anonymous: false }, actorFor(cy));
  state = accept(state, { type: 'question.submit', text: 'What has changed since?', anonymous: true }, actorFor(di));
  return accept(state, { type: 'questions.release', questionId: 'q1' });
}

const pinned = (state: CircleSession) => accept(state, { type: 'questions.pin', questionId: 'q1' });
const onScreen = (state: CircleSession) =>
  state.questions.filter((q) => q.status === 'released').map((q) => ({ questionId: q.questionId, pinned: q.pinned }));
const phaseIndex = (state: CircleSession) => state.currentPhaseIndex ?? 0;

describe('a released question and phase changes', () => {
  it.each<[string, (state: CircleSession) => CircleCommandInput]>([
    ['the next phase', () => ({ type: 'phase.next' })],
    ['going to another phase', () => ({ type: 'phase.goTo', phaseIndex: 0 })],
    ['restarting the current phase', (state) => ({ type: 'phase.goTo', phaseIndex: phaseIndex(state) })],
  ])('closes it as answered on %s', (_label, command) => {
    const state = oneReleased();
    const next = accept(state, command(state));
    expect(onScreen(next)).toEqual([]);
    expect(next.questions.map((q) => q.status)).toEqual(['answered', 'pending']);
  });

  it('keeps a pinned question on screen across phases until it is unpinned', () => {
    let state = pinned(oneReleased());
    for (let step = 0; step < 3; step += 1) state = accept(state, { type: 'phase.next' });
    expect(onScreen(state)).toEqual([{ questionId: 'q1', pinned: true }]);
    state = accept(state, { type: 'questions.unpin', questionId: 'q1' });
    expect(onScreen(state)).toEqual([{ questionId: 'q1', pinned: false }]);
    expect(onScreen(accept(state, { type: 'phase.next' }))).toEqual([]);
  });

  it.each<[string, CircleCommandInput]>([
    ['releasing the next question', { type: 'questions.release', questionId: 'q2' }],
    ['marking it answered', { type: 'questions.markAnswered', questionId: 'q1' }],
  ])('drops the pin with the question on %s', (_label, command) => {
    const state = accept(pinned(oneReleased()), command);
    expect(state.questions[0]).toMatchObject({ status: 'answered', pinned: false });
  });

  it('shows the pin to everyone who sees the question', () => {
    const state = pinned(oneReleased());
    for (const viewerId of [facilitatorId, cy, di, 'observer-zed']) {
      expect(viewFor(state, viewerId).questions.find((q) => q.questionId === 'q1')).toMatchObject({ status: 'released', pinned: true });
    }
  });
});

describe('pinning', () => {
  it.each<[string, (state: CircleSession) => CircleSession, CircleCommandInput, string]>([
    ['pinning a question not yet asked', (s) => s, { type: 'questions.pin', questionId: 'q2' }, 'conflict'],
    ['pinning twice', pinned, { type: 'questions.pin', questionId: 'q1' }, 'conflict'],
    ['unpinning a question that is not pinned', (s) => s, { type: 'questions.unpin', questionId: 'q1' }, 'conflict'],
    ['pinning an answered question', (s) => accept(s, { type: 'questions.markAnswered', questionId: 'q1' }), { type: 'questions.pin', questionId: 'q1' }, 'conflict'],
    ['pinning an unknown question', (s) => s, { type: 'questions.pin', questionId: 'q9' }, 'not_found'],
  ])('refuses %s', (_label, arrange, command, code) => {
    const state = arrange(oneReleased());
    const result = reduce(state, command, facilitator, state.clock + 1_000);
    expect(result.ok ? 'accepted' : result.error.code).toBe(code);
  });

  it('is for facilitators only', () => {
    const state = oneReleased();
    const result = reduce(state, { type: 'questions.pin', questionId: 'q1' }, actorFor(cy), state.clock + 1_000);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
