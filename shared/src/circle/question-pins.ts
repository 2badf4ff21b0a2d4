import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { Outcome } from './command-handler';
import type { CircleSession, Question } from './session-state';

/**
 * The question on screen belongs to the phase it was asked in: entering another phase closes it as
 * answered, unless the facilitator pinned it to keep it in view.
 */
export function closeUnpinnedQuestion(questions: Question[]): Question[] {
  return questions.some((q) => q.status === 'released' && !q.pinned)
    ? questions.map((q) => (q.status === 'released' && !q.pinned ? { ...q, status: 'answered' } : q))
    : questions;
}

function withPin(state: CircleSession, questionId: string, pinned: boolean): Outcome {
  const question = state.questions.find((q) => q.questionId === questionId);
  if (!question) return new DomainError('not_found', 'No such question');
  if (question.status !== 'released') return new DomainError('conflict', 'Only the question being asked can be pinned');
  if (question.pinned === pinned) {
    return new DomainError('conflict', pinned ? 'This question is already pinned' : 'This question is not pinned');
  }
  return { ...state, questions: state.questions.map((q) => (q.questionId === questionId ? { ...q, pinned } : q)) };
}

export function pinQuestion(state: CircleSession, command: CommandOf<'questions.pin'>): Outcome {
  return withPin(state, command.questionId, true);
}

export function unpinQuestion(state: CircleSession, command: CommandOf<'questions.unpin'>): Outcome {
  return withPin(state, command.questionId, false);
}
