import { DomainError } from '../errors';
import { checkForAdvice, type AdviceCheck } from './advice-guard';
import type { CommandOf } from './commands';
import type { Outcome, ParticipantContext } from './command-handler';
import { currentPhase } from './current-phase';
import type { CircleSession, Question, QuestionStatus } from './session-state';

/** Bounds the state: a monthly session never comes near it. */
export const maxQuestionsPerSession = 200;

/** Questions written during a curious-questions-only phase carry an advice check; others none. */
export function adviceFlagFor(state: CircleSession, text: string): AdviceCheck | null {
  return currentPhase(state)?.curiousQuestionsOnly ? checkForAdvice(text) : null;
}

function replaceQuestion(state: CircleSession, question: Question): CircleSession {
  return { ...state, questions: state.questions.map((q) => (q.questionId === question.questionId ? question : q)) };
}

function findQuestion(state: CircleSession, questionId: string): Question | DomainError {
  return state.questions.find((q) => q.questionId === questionId) ?? new DomainError('not_found', 'No such question');
}

/** The same answer for "not yours" and "does not exist", so authorship of anonymous questions stays hidden. */
function findOwnQuestion(state: CircleSession, questionId: string, actorId: string): Question | DomainError {
  const question = state.questions.find((q) => q.questionId === questionId && q.authorId === actorId);
  return question ?? new DomainError('not_found', 'You have no question with that id');
}

const stillDraft = (status: QuestionStatus) => status === 'pending' || status === 'held';

/** Mirroring reflects back what the circle heard and saw: no question is written or put then. */
function refusedWhileMirroring(state: CircleSession): DomainError | null {
  return currentPhase(state)?.kind === 'mirroring'
    ? new DomainError('wrong_phase', 'Mirroring reflects back what you noticed: no questions now')
    : null;
}

export function submitQuestion(state: CircleSession, command: CommandOf<'question.submit'>, { actorId, now }: ParticipantContext): Outcome {
  if (actorId === state.presenterId) return new DomainError('forbidden', 'The presenter receives the questions');
  const mirroring = refusedWhileMirroring(state);
  if (mirroring) return mirroring;
  if (state.questions.length >= maxQuestionsPerSession) {
    return new DomainError('conflict', 'This session has reached its limit of questions');
  }
  const question: Question = {
    // Questions are never removed, so the count gives a fresh id.
    questionId: `q${state.questions.length + 1}`,
    authorId: actorId,
    anonymous: command.anonymous,
    text: command.text,
    addressedTo: 'presenter',
    status: 'pending',
    pinned: false,
    adviceFlag: adviceFlagFor(state, command.text),
    submittedAt: now,
    order: Math.max(-1, ...state.questions.map((q) => q.order)) + 1,
  };
  return { ...state, questions: [...state.questions, question] };
}

/** Only the presenter decides whether the questions asked of them are kept after the session. */
export function keepQuestions(state: CircleSession, command: CommandOf<'questions.keep'>, { actorId }: ParticipantContext): Outcome {
  if (actorId !== state.presenterId) return new DomainError('forbidden', 'Only the presenter decides whether to keep the questions');
  return { ...state, presenterKeepsQuestions: command.keep };
}

export function editQuestion(state: CircleSession, command: CommandOf<'question.edit'>, { actorId }: ParticipantContext): Outcome {
  const question = findOwnQuestion(state, command.questionId, actorId);
  if (question instanceof DomainError) return question;
  if (!stillDraft(question.status)) return new DomainError('conflict', 'This question can no longer be edited');
  return replaceQuestion(state, { ...question, text: command.text, adviceFlag: adviceFlagFor(state, command.text) });
}

export function withdrawQuestion(state: CircleSession, command: CommandOf<'question.withdraw'>, { actorId }: ParticipantContext): Outcome {
  const question = findOwnQuestion(state, command.questionId, actorId);
  if (question instanceof DomainError) return question;
  if (!stillDraft(question.status)) return new DomainError('conflict', 'This question can no longer be withdrawn');
  return replaceQuestion(state, { ...question, status: 'withdrawn' });
}

/** Holding back keeps a question from members until the facilitator releases it. */
export function holdQuestion(state: CircleSession, command: CommandOf<'questions.hold'>): Outcome {
  const question = findQuestion(state, command.questionId);
  if (question instanceof DomainError) return question;
  if (question.status !== 'pending') return new DomainError('conflict', 'Only a pending question can be held back');
  return replaceQuestion(state, { ...question, status: 'held' });
}

/** One question is put to the presenter at a time: releasing another marks the previous one answered. */
export function releaseQuestion(state: CircleSession, command: CommandOf<'questions.release'>): Outcome {
  const question = findQuestion(state, command.questionId);
  if (question instanceof DomainError) return question;
  if (!stillDraft(question.status)) return new DomainError('conflict', 'Only a pending or held question can be released');
  const mirroring = refusedWhileMirroring(state);
  if (mirroring) return mirroring;
  const questions = state.questions.map((q): Question => {
    if (q.questionId === question.questionId) return { ...q, status: 'released' };
    return q.status === 'released' ? { ...q, status: 'answered', pinned: false } : q;
  });
  return { ...state, questions };
}

export function markAnswered(state: CircleSession, command: CommandOf<'questions.markAnswered'>): Outcome {
  const question = findQuestion(state, command.questionId);
  if (question instanceof DomainError) return question;
  if (!stillDraft(question.status) && question.status !== 'released') {
    return new DomainError('conflict', 'This question is already closed');
  }
  return replaceQuestion(state, { ...question, status: 'answered', pinned: false });
}

/** Folds near-duplicates into one question, optionally rewording it. */
export function mergeQuestions(state: CircleSession, command: CommandOf<'questions.merge'>): Outcome {
  const target = findQuestion(state, command.targetId);
  if (target instanceof DomainError) return target;
  if (!stillDraft(target.status) && target.status !== 'released') {
    return new DomainError('conflict', 'Merge into a question that is still open');
  }
  if (new Set(command.sourceIds).size !== command.sourceIds.length) {
    return new DomainError('invalid_payload', 'Each question appears once in a merge');
  }
  for (const sourceId of command.sourceIds) {
    const source = findQuestion(state, sourceId);
    if (source instanceof DomainError) return source;
    if (!stillDraft(source.status)) return new DomainError('conflict', 'Only pending or held questions can be merged');
  }
  const text = command.text ?? target.text;
  const adviceFlag = command.text === undefined ? target.adviceFlag : adviceFlagFor(state, text);
  const questions = state.questions.map((q): Question => {
    if (q.questionId === target.questionId) return { ...q, text, adviceFlag };
    return command.sourceIds.includes(q.questionId) ? { ...q, status: 'merged', mergedInto: target.questionId } : q;
  });
  return { ...state, questions };
}

/** Puts the listed questions first, in that order; the rest keep their relative order after them. */
export function reorderQuestions(state: CircleSession, command: CommandOf<'questions.reorder'>): Outcome {
  if (new Set(command.questionIds).size !== command.questionIds.length) {
    return new DomainError('invalid_payload', 'Each question appears once in the order');
  }
  const missing = command.questionIds.find((id) => !state.questions.some((q) => q.questionId === id));
  if (missing) return new DomainError('not_found', 'No such question');
  const rest = [...state.questions]
    .filter((q) => !command.questionIds.includes(q.questionId))
    .sort((a, b) => a.order - b.order)
    .map((q) => q.questionId);
  const rank = new Map([...command.questionIds, ...rest].map((id, index) => [id, index]));
  return { ...state, questions: state.questions.map((q) => ({ ...q, order: rank.get(q.questionId) ?? q.order })) };
}
