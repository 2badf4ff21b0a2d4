import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { Outcome, ParticipantContext } from './command-handler';
import { currentFloorRule, currentPhase } from './current-phase';
import { freeFloor } from './floor';
import type { CircleSession, Question } from './session-state';

/**
 * The presenter (the clearness committee's focus person) may pass on any question put to them,
 * without saying why: the question being asked closes as passed for everyone to see, and their
 * answering turn, if they hold the floor, ends. Only the presenter decides this, never on their behalf.
 */
export function passQuestion(state: CircleSession, command: CommandOf<'question.pass'>, { actorId, now }: ParticipantContext): Outcome {
  if (actorId !== state.presenterId) return new DomainError('forbidden', 'Only the presenter can pass on a question put to them');
  const released = state.questions.find((q) => q.status === 'released');
  if (command.questionId !== undefined && released?.questionId !== command.questionId) {
    return new DomainError('conflict', 'That question is not being asked now');
  }
  // Holding the floor to state a dilemma or respond is not answering a question.
  const answering =
    currentFloorRule(state) === 'queue' && state.floor.holderId === actorId && currentPhase(state)?.presenterPart !== 'holds-floor';
  if (!released && !answering) return new DomainError('conflict', 'No question is being put to you now');
  const questions = released
    ? state.questions.map((q): Question => (q.questionId === released.questionId ? { ...q, status: 'passed', pinned: false } : q))
    : state.questions;
  const passed = { ...state, questions };
  return answering ? freeFloor(passed, now) : passed;
}
