import { describe, expect, it } from 'vitest';
import type { CircleCommandInput } from './commands';
import { nudgeWordings } from './nudges';
import { reduce } from './reduce';
import { nudgeKinds, type CircleSession } from './session-state';
import {
  accept,
  actorFor,
  circleInPhase,
  facilitator,
  facilitatorId,
  fourthMemberId,
  presenterId,
  secondMemberId,
  thirdMemberId,
} from './test-fixtures';
import { viewFor } from './view-for';

const observerId = thirdMemberId;
const observer = actorFor(observerId);
const speakerId = secondMemberId;

function refusal(state: CircleSession, command: CircleCommandInput, actor = observer) {
  const result = reduce(state, command, actor, state.clock + 1_000);
  if (result.ok) throw new Error(`${command.type} was accepted`);
  return result.error;
}

/** Curious questions, the third member observing the process, the second member speaking. */
function observedTurn(): CircleSession {
  const state = accept(circleInPhase('curious-questions'), { type: 'roles.assign', role: 'process-observer', participantId: observerId });
  return accept(state, { type: 'floor.give', participantId: speakerId });
}

const nudge = (kind: (typeof nudgeKinds)[number] = 'how-or-what'): CircleCommandInput => ({ type: 'nudge.send', kind });

describe('the process observer nudging a speaker', () => {
  it.each(nudgeKinds)('sends "%s" to whoever holds the floor', (kind) => {
    const state = accept(observedTurn(), nudge(kind), observer);
    expect(state.nudge).toEqual({ toId: speakerId, fromId: observerId, kind, sentAt: state.clock });
    expect(nudgeWordings[kind].length).toBeGreaterThan(0);
  });

  it('is seen by the speaker, the observer and facilitators, by nobody else', () => {
    const state = accept(observedTurn(), nudge(), observer);
    for (const viewerId of [speakerId, observerId, facilitatorId]) expect(viewFor(state, viewerId).nudge).toEqual(state.nudge);
    for (const viewerId of [presenterId, fourthMemberId, 'stranger']) expect(viewFor(state, viewerId).nudge).toBeNull();
  });

  it.each([
    ['nobody speaks', () => accept(observedTurn(), { type: 'floor.clear' }), observer, 'conflict', /Nobody is speaking/],
    ['the observer holds the floor', () => accept(observedTurn(), { type: 'floor.give', participantId: observerId }), observer, 'conflict', /yourself/],
    ['the speaker was nudged this turn', () => accept(observedTurn(), nudge('own-experience'), observer), observer, 'conflict', /already had a nudge this turn/],
    ['the facilitator nudged this turn', () => accept(observedTurn(), nudge('own-experience')), observer, 'conflict', /already had a nudge this turn/],
    ['a member without the role sends it', observedTurn, actorFor(fourthMemberId), 'forbidden', /role/],
    ['the speaker sends it', observedTurn, actorFor(speakerId), 'forbidden', /role/],
    ['the observer lost the role', () => accept(observedTurn(), { type: 'roles.assign', role: 'process-observer', participantId: fourthMemberId }), observer, 'forbidden', /role/],
    ['the session ended', () => accept(observedTurn(), { type: 'session.end' }), observer, 'session_ended', /ended/],
  ] as const)('is refused when %s, changing nothing', (_label, makeState, actor, code, message) => {
    const state = makeState();
    const error = refusal(state, nudge(), actor);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('may come from a facilitator, and is then the turn\'s one nudge', () => {
    const state = accept(observedTurn(), nudge('sounded-like-advice'));
    expect(state.nudge).toMatchObject({ toId: speakerId, fromId: facilitatorId });
    expect(refusal(state, nudge(), facilitator).code).toBe('conflict');
  });

  it.each([
    ['the floor moves on', { type: 'floor.give', participantId: fourthMemberId }, facilitator],
    ['the speaker finishes', { type: 'turn.done' }, actorFor(speakerId)],
    ['the facilitator clears the floor', { type: 'floor.clear' }, facilitator],
    ['the phase changes', { type: 'phase.next' }, facilitator],
  ] as const)('is gone when %s', (_label, command, actor) => {
    const nudged = accept(observedTurn(), nudge(), observer);
    const after = accept(nudged, command, actor);
    expect(after.nudge).toBeNull();
    for (const viewerId of [speakerId, observerId, facilitatorId]) expect(viewFor(after, viewerId).nudge).toBeNull();
  });

  it('may reach the same speaker again in a later turn', () => {
    let state = accept(observedTurn(), nudge(), observer);
    state = accept(accept(state, { type: 'floor.give', participantId: fourthMemberId }), { type: 'floor.give', participantId: speakerId });
    expect(accept(state, nudge('own-experience'), observer).nudge).toMatchObject({ toId: speakerId, kind: 'own-experience' });
  });

  it('ignores a forged speaker or sender in the payload', () => {
    const forged = { type: 'nudge.send', kind: 'how-or-what', toId: fourthMemberId, fromId: facilitatorId } as CircleCommandInput;
    expect(accept(observedTurn(), forged, observer).nudge).toMatchObject({ toId: speakerId, fromId: observerId });
  });

  it.each(['Stop talking', '', 'how_or_what'])('refuses a nudge of its own wording (%j)', (kind) => {
    expect(refusal(observedTurn(), { type: 'nudge.send', kind } as CircleCommandInput).code).toBe('invalid_payload');
  });
});

describe('the Gestalt flags', () => {
  /** An anonymous advice-like question, still pending, and a named one, released to the circle. */
  function flaggedQuestions(): CircleSession {
    let state = accept(observedTurn(), { type: 'question.submit', text: 'You should just delegate it.', anonymous: true }, actorFor(fourthMemberId));
    state = accept(state, { type: 'question.submit', text: 'Have you considered hiring?', anonymous: false }, actorFor(speakerId));
    return accept(state, { type: 'questions.release', questionId: 'q2' });
  }

  const flagsSeenBy = (state: CircleSession, viewerId: string) =>
    Object.fromEntries(viewFor(state, viewerId).questions.map((q) => [q.questionId, q.adviceFlag?.reasons ?? null]));

  it('reach the process observer, on every question they can see, never with an anonymous author', () => {
    const view = viewFor(flaggedQuestions(), observerId);
    expect(flagsSeenBy(flaggedQuestions(), observerId)).toEqual({ q1: expect.arrayContaining(['you-should']), q2: ['have-you-considered'] });
    const anonymous = view.questions.find((q) => q.questionId === 'q1')!;
    expect(anonymous).not.toHaveProperty('authorId');
    expect(JSON.stringify(anonymous)).not.toContain(fourthMemberId);
  });

  it('reach facilitators and each author for their own, nobody else', () => {
    const state = flaggedQuestions();
    expect(flagsSeenBy(state, facilitatorId)).toEqual({ q1: expect.any(Array), q2: expect.any(Array) });
    expect(flagsSeenBy(state, fourthMemberId)).toEqual({ q1: expect.any(Array), q2: null });
    expect(flagsSeenBy(state, speakerId)).toEqual({ q1: null, q2: expect.any(Array) });
    for (const viewerId of [presenterId, 'stranger']) expect(flagsSeenBy(state, viewerId)).toEqual({ q1: null, q2: null });
  });

  it('follow the role: a former observer no longer sees them, the new one does', () => {
    const state = accept(flaggedQuestions(), { type: 'roles.assign', role: 'process-observer', participantId: presenterId });
    expect(flagsSeenBy(state, observerId)).toEqual({ q1: null, q2: null });
    expect(flagsSeenBy(state, presenterId)).toEqual({ q1: expect.any(Array), q2: expect.any(Array) });
  });

  it('stay off questions the observer cannot see: held back or withdrawn', () => {
    let state = accept(flaggedQuestions(), { type: 'questions.hold', questionId: 'q1' });
    state = accept(state, { type: 'question.submit', text: 'Why not quit?', anonymous: false }, actorFor(fourthMemberId));
    state = accept(state, { type: 'question.withdraw', questionId: 'q3' }, actorFor(fourthMemberId));
    expect(viewFor(state, observerId).questions.map((q) => q.questionId)).toEqual(['q2']);
  });
});

describe('a state saved before nudges and scribe notes existed', () => {
  it('shows none, and takes new ones', () => {
    const { nudge: _nudge, scribeNotes: _notes, ...saved } = observedTurn();
    const old = saved as CircleSession;
    expect(viewFor(old, speakerId)).toMatchObject({ nudge: null, scribeNotes: [] });
    expect(accept(old, nudge(), observer).nudge).toMatchObject({ toId: speakerId });
    const withScribe = accept(old, { type: 'roles.assign', role: 'scribe', participantId: fourthMemberId });
    expect(accept(withScribe, { type: 'scribeNote.add', text: 'First note' }, actorFor(fourthMemberId)).scribeNotes).toHaveLength(1);
  });
});
