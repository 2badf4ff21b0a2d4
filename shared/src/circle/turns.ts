import { DomainError } from '../errors';
import type { Outcome, ParticipantContext } from './command-handler';
import { currentFloorRule } from './current-phase';
import { freeFloor } from './floor';
import { activeRound, currentSpeakerId, endTurn } from './round';
import type { CircleSession } from './session-state';

/** What a speaker does for themselves: pass in a round, or say "I'm done". */
function checkMyRoundTurn(state: CircleSession, actorId: string): DomainError | null {
  const round = activeRound(state);
  if (round instanceof DomainError) return round;
  return currentSpeakerId(round) === actorId ? null : new DomainError('not_your_turn', 'It is not your turn in the round');
}

export function passTurn(state: CircleSession, _command: unknown, { actorId, now }: ParticipantContext): Outcome {
  if (currentFloorRule(state) !== 'round') return new DomainError('wrong_phase', 'Passing is for rounds');
  return checkMyRoundTurn(state, actorId) ?? endTurn(state, 'passed', now);
}

/** "I'm done": in a round the next speaker follows; otherwise the floor is free again. */
export function finishTurn(state: CircleSession, _command: unknown, { actorId, now }: ParticipantContext): Outcome {
  const rule = currentFloorRule(state);
  if (rule === 'round') return checkMyRoundTurn(state, actorId) ?? endTurn(state, 'spoke', now);
  if (rule !== 'queue') return new DomainError('wrong_phase', 'Nobody holds the floor in this phase');
  if (state.floor.holderId !== actorId) return new DomainError('not_your_turn', 'You do not have the floor');
  return freeFloor(state, now);
}
