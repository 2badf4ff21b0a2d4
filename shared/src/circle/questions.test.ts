import { describe, expect, it } from 'vitest';
import type { CircleCommandInput } from './commands';
import { maxQuestionsPerSession } from './questions';
import { reduce, type Actor } from './reduce';
import type { CircleSession, QuestionStatus } from './session-state';
import {
  accept,
  actorFor,
  circleInPhase,
  facilitator,
  facilitatorId,
  fourthMemberId as ed,
  presenterId as bo,
  secondMemberId as cy,
  thirdMemberId as di,
} from './test-fixtures';

function ask(state: CircleSession, author: string, text: string, anonymous = false): CircleSession {
  return accept(state, { type: 'question.submit', text, anonymous }, actorFor(author));
}

/** Three questions in the clarifying phase: q1 by cy, q2 by di (anonymous), q3 by ed. */
function threeQuestions(): CircleSession {
  let state = circleInPhase('clarifying-questions');
  state = ask(state, cy, 'Who decides in the end?');
  state = ask(state, di, 'What would success look like?', true);
  return ask(state, ed, 'How long has this been going on?');
}

function rejectionCode(state: CircleSession, command: CircleCommandInput, actor: Actor = facilitator) {
  const result = reduce(state, command, actor, state.clock + 1_000);
  return result.ok ? 'accepted' : result.error.code;
}

const statuses = (state: CircleSession) => Object.fromEntries(state.questions.map((q) => [q.questionId, q.status]));

describe('submitting', () => {
  it('stores a trimmed question addressed to the presenter, in arrival order', () => {
    const state = ask(circleInPhase('clarifying-questions'), cy, '  Who else is affected?  ', true);
    expect(state.questions).toEqual([
      {
        questionId: 'q1',
        authorId: cy,
        anonymous: true,
        text: 'Who else is affected?',
        addressedTo: 'presenter',
        status: 'pending',
        pinned: false,
        adviceFlag: null,
        submittedAt: state.clock,
        order: 0,
      },
    ]);
    expect(threeQuestions().questions.map((q) => [q.questionId, q.order])).toEqual([['q1', 0], ['q2', 1], ['q3', 2]]);
  });

  it('checks for advice only in curious-questions-only phases, and still accepts the question', () => {
    const curious = ask(circleInPhase('curious-questions'), cy, 'You should delegate.');
    expect(curious.questions[0]?.adviceFlag).toEqual({ looksLikeAdvice: true, reasons: ['you-should', 'no-question'] });
    const clarifying = ask(circleInPhase('clarifying-questions'), cy, 'You should delegate.');
    expect(clarifying.questions[0]?.adviceFlag).toBeNull();
    const fine = ask(circleInPhase('curious-questions'), cy, 'What would success look like for you?');
    expect(fine.questions[0]?.adviceFlag).toEqual({ looksLikeAdvice: false, reasons: [] });
  });

  it('is for the circle, not the presenter', () => {
    expect(rejectionCode(circleInPhase('clarifying-questions'), { type: 'question.submit', text: 'Why?', anonymous: false }, actorFor(bo))).toBe('forbidden');
  });

  it('is open to facilitators', () => {
    expect(ask(circleInPhase('clarifying-questions'), facilitatorId, 'What is hard to say here?').questions).toHaveLength(1);
  });

  it('stops at the session limit', () => {
    let state = circleInPhase('clarifying-questions');
    for (let i = 0; i < maxQuestionsPerSession; i += 1) state = ask(state, cy, `Question ${i}?`);
    expect(rejectionCode(state, { type: 'question.submit', text: 'One more?', anonymous: false }, actorFor(cy))).toBe('conflict');
  });
});

describe('mirroring', () => {
  /** The clearness committee's mirroring, with a question Cy wrote while questions were open. */
  function mirroringWithWaitingQuestion(): CircleSession {
    const questions = ask(circleInPhase('open-questions', 'clearness-committee'), cy, 'What are you not saying?');
    return accept(questions, { type: 'phase.next' });
  }

  it.each<[string, CircleCommandInput, Actor]>([
    ['a member writing a question', { type: 'question.submit', text: 'What do you notice now?', anonymous: false }, actorFor(di)],
    ['the facilitator writing a question', { type: 'question.submit', text: 'What do you notice now?', anonymous: true }, facilitator],
    ['the facilitator putting a waiting question', { type: 'questions.release', questionId: 'q1' }, facilitator],
  ])('refuses %s: mirroring gives back, it does not ask', (_case, command, actor) => {
    const state = mirroringWithWaitingQuestion();
    const result = reduce(state, command, actor, state.clock + 1_000);
    expect(result).toMatchObject({ ok: false, error: { code: 'wrong_phase', message: expect.stringMatching(/no questions now/) } });
  });

  it('still lets an author withdraw their waiting question', () => {
    const state = accept(mirroringWithWaitingQuestion(), { type: 'question.withdraw', questionId: 'q1' }, actorFor(cy));
    expect(state.questions[0]?.status).toBe('withdrawn');
  });
});

describe('author edits and withdrawals', () => {
  it('lets the author edit while pending or held, rechecking for advice', () => {
    let state = ask(circleInPhase('curious-questions'), cy, 'Have you considered hiring?');
    expect(state.questions[0]?.adviceFlag?.looksLikeAdvice).toBe(true);
    state = accept(state, { type: 'question.edit', questionId: 'q1', text: 'What makes hiring hard?' }, actorFor(cy));
    expect(state.questions[0]).toMatchObject({ text: 'What makes hiring hard?', adviceFlag: { looksLikeAdvice: false } });
    state = accept(state, { type: 'questions.hold', questionId: 'q1' });
    state = accept(state, { type: 'question.edit', questionId: 'q1', text: 'What makes it hard?' }, actorFor(cy));
    expect(state.questions[0]).toMatchObject({ text: 'What makes it hard?', status: 'held' });
  });

  it.each<[string, string, string]>([
    ['someone else\'s question', 'q1', di],
    ['someone else\'s anonymous question', 'q2', cy],
    ['a question that does not exist', 'q9', cy],
  ])('answers not_found for %s, revealing nothing', (_label, questionId, who) => {
    const state = threeQuestions();
    for (const command of [
      { type: 'question.edit', questionId, text: 'Hijacked?' },
      { type: 'question.withdraw', questionId },
    ] as const) {
      const result = reduce(state, command, actorFor(who), state.clock + 1);
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found', message: 'You have no question with that id' } });
    }
  });

  it('does not let a facilitator edit someone else\'s question', () => {
    expect(rejectionCode(threeQuestions(), { type: 'question.edit', questionId: 'q1', text: 'Changed?' })).toBe('not_found');
  });

  it.each<[QuestionStatus, (state: CircleSession) => CircleSession]>([
    ['released', (s) => accept(s, { type: 'questions.release', questionId: 'q1' })],
    ['answered', (s) => accept(s, { type: 'questions.markAnswered', questionId: 'q1' })],
    ['merged', (s) => accept(s, { type: 'questions.merge', sourceIds: ['q1'], targetId: 'q3' })],
    ['withdrawn', (s) => accept(s, { type: 'question.withdraw', questionId: 'q1' }, actorFor(cy))],
  ])('refuses edits and withdrawal once %s', (status, arrange) => {
    const state = arrange(threeQuestions());
    expect(statuses(state).q1).toBe(status);
    expect(rejectionCode(state, { type: 'question.edit', questionId: 'q1', text: 'Too late?' }, actorFor(cy))).toBe('conflict');
    expect(rejectionCode(state, { type: 'question.withdraw', questionId: 'q1' }, actorFor(cy))).toBe('conflict');
  });

  it('withdraws a held question', () => {
    let state = accept(threeQuestions(), { type: 'questions.hold', questionId: 'q2' });
    state = accept(state, { type: 'question.withdraw', questionId: 'q2' }, actorFor(di));
    expect(statuses(state).q2).toBe('withdrawn');
  });
});

describe('facilitator moderation', () => {
  it('holds a pending question and releases it later', () => {
    let state = accept(threeQuestions(), { type: 'questions.hold', questionId: 'q1' });
    expect(statuses(state).q1).toBe('held');
    state = accept(state, { type: 'questions.release', questionId: 'q1' });
    expect(statuses(state).q1).toBe('released');
  });

  it('releases one question at a time: the previous one counts as answered', () => {
    let state = accept(threeQuestions(), { type: 'questions.release', questionId: 'q1' });
    state = accept(state, { type: 'questions.release', questionId: 'q3' });
    expect(statuses(state)).toEqual({ q1: 'answered', q2: 'pending', q3: 'released' });
  });

  it('marks a question answered from pending, held or released', () => {
    let state = accept(threeQuestions(), { type: 'questions.hold', questionId: 'q2' });
    state = accept(state, { type: 'questions.release', questionId: 'q3' });
    for (const questionId of ['q1', 'q2', 'q3']) state = accept(state, { type: 'questions.markAnswered', questionId });
    expect(statuses(state)).toEqual({ q1: 'answered', q2: 'answered', q3: 'answered' });
  });

  it.each<[string, (state: CircleSession) => CircleSession, CircleCommandInput, string]>([
    ['holding a held question', (s) => accept(s, { type: 'questions.hold', questionId: 'q1' }), { type: 'questions.hold', questionId: 'q1' }, 'conflict'],
    ['holding a released question', (s) => accept(s, { type: 'questions.release', questionId: 'q1' }), { type: 'questions.hold', questionId: 'q1' }, 'conflict'],
    ['releasing twice', (s) => accept(s, { type: 'questions.release', questionId: 'q1' }), { type: 'questions.release', questionId: 'q1' }, 'conflict'],
    ['releasing a withdrawn question', (s) => accept(s, { type: 'question.withdraw', questionId: 'q1' }, actorFor(cy)), { type: 'questions.release', questionId: 'q1' }, 'conflict'],
    ['answering an answered question', (s) => accept(s, { type: 'questions.markAnswered', questionId: 'q1' }), { type: 'questions.markAnswered', questionId: 'q1' }, 'conflict'],
    ['holding an unknown question', (s) => s, { type: 'questions.hold', questionId: 'q9' }, 'not_found'],
    ['releasing an unknown question', (s) => s, { type: 'questions.release', questionId: 'q9' }, 'not_found'],
    ['answering an unknown question', (s) => s, { type: 'questions.markAnswered', questionId: 'q9' }, 'not_found'],
  ])('refuses %s', (_label, arrange, command, code) => {
    expect(rejectionCode(arrange(threeQuestions()), command)).toBe(code);
  });

  it('merges duplicates into a target, optionally rewording it', () => {
    let state = accept(threeQuestions(), { type: 'questions.merge', sourceIds: ['q1', 'q3'], targetId: 'q2' });
    expect(state.questions.map((q) => [q.status, q.mergedInto])).toEqual([
      ['merged', 'q2'],
      ['pending', undefined],
      ['merged', 'q2'],
    ]);
    expect(state.questions[1]?.text).toBe('What would success look like?');
    state = accept(threeQuestions(), { type: 'questions.merge', sourceIds: ['q3'], targetId: 'q1', text: '  Who decides, and since when?  ' });
    expect(state.questions[0]?.text).toBe('Who decides, and since when?');
  });

  it('rechecks a reworded merge target for advice in a curious phase', () => {
    let state = circleInPhase('curious-questions');
    state = ask(state, cy, 'What is at stake?');
    state = ask(state, di, 'What is really at stake?');
    state = accept(state, { type: 'questions.merge', sourceIds: ['q2'], targetId: 'q1', text: 'You must act now' });
    expect(state.questions[0]?.adviceFlag?.reasons).toEqual(['you-need-to', 'no-question']);
  });

  it.each<[string, (state: CircleSession) => CircleSession, CircleCommandInput, string]>([
    ['into an answered question', (s) => accept(s, { type: 'questions.markAnswered', questionId: 'q1' }), { type: 'questions.merge', sourceIds: ['q2'], targetId: 'q1' }, 'conflict'],
    ['a released question', (s) => accept(s, { type: 'questions.release', questionId: 'q2' }), { type: 'questions.merge', sourceIds: ['q2'], targetId: 'q1' }, 'conflict'],
    ['an unknown question', (s) => s, { type: 'questions.merge', sourceIds: ['q9'], targetId: 'q1' }, 'not_found'],
    ['into an unknown question', (s) => s, { type: 'questions.merge', sourceIds: ['q1'], targetId: 'q9' }, 'not_found'],
    ['the same source twice', (s) => s, { type: 'questions.merge', sourceIds: ['q2', 'q2'], targetId: 'q1' }, 'invalid_payload'],
  ])('refuses to merge %s', (_label, arrange, command, code) => {
    expect(rejectionCode(arrange(threeQuestions()), command)).toBe(code);
  });

  it('reorders: listed questions first, the rest keep their relative order', () => {
    const state = accept(threeQuestions(), { type: 'questions.reorder', questionIds: ['q3'] });
    expect(state.questions.map((q) => [q.questionId, q.order])).toEqual([['q1', 1], ['q2', 2], ['q3', 0]]);
    const again = accept(state, { type: 'questions.reorder', questionIds: ['q2', 'q1'] });
    expect([...again.questions].sort((a, b) => a.order - b.order).map((q) => q.questionId)).toEqual(['q2', 'q1', 'q3']);
  });

  it.each<[string[], string]>([
    [['q1', 'q1'], 'invalid_payload'],
    [['q7'], 'not_found'],
  ])('refuses the order %j', (questionIds, code) => {
    expect(rejectionCode(threeQuestions(), { type: 'questions.reorder', questionIds })).toBe(code);
  });

  it('puts new questions after the reordered ones', () => {
    let state = accept(threeQuestions(), { type: 'questions.reorder', questionIds: ['q3', 'q2', 'q1'] });
    state = ask(state, cy, 'And then?');
    expect(state.questions.at(-1)?.order).toBe(3);
  });
});
