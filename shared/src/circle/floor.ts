import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { CommandContext, Outcome } from './command-handler';
import { currentFloorRule, currentPhase } from './current-phase';
import { admittedHandOf, handQueueOrder, withoutHand } from './hand-queue';
import { countTurn, creditFloorTime } from './ledger';
import type { CircleSession } from './session-state';
import { idleTimer, pausedTimer, runningTimer } from './timers';

/**
 * Ends the current turn, if any: the holder's floor time goes to the ledger, their timer stops and
 * a time signal or nudge meant for them is gone.
 */
export function releaseFloor(state: CircleSession, now: number): CircleSession {
  const { holderId, since } = state.floor;
  if (holderId === null) return state;
  return {
    ...state,
    floor: { holderId: null, since: null },
    timeSignal: null,
    nudge: null,
    ledger: creditFloorTime(state.ledger, holderId, now - (since ?? now)),
    speakerTimer: pausedTimer(state.speakerTimer, now),
  };
}

/**
 * Ends the current turn with nobody to follow (the round is complete, the queue floor is handed
 * back): the speaker timer returns to the phase's time per turn, stopped, so an overrun does not
 * stay on screen after the turn it belonged to.
 */
export function freeFloor(state: CircleSession, now: number): CircleSession {
  return { ...releaseFloor(state, now), speakerTimer: idleTimer(currentPhase(state)?.speakerMs ?? 0) };
}

/**
 * Starts a new turn: counts it, lowers the speaker's hand if the phase admits it (a waiting
 * experience share is not answered by a process point) and restarts the per-turn timer.
 */
export function grantFloor(state: CircleSession, participantId: string, now: number): CircleSession {
  const released = releaseFloor(state, now);
  const speakerMs = currentPhase(state)?.speakerMs;
  return {
    ...released,
    floor: { holderId: participantId, since: now },
    ledger: countTurn(released.ledger, participantId),
    handQueue: admittedHandOf(state, participantId) ? withoutHand(released.handQueue, participantId) : released.handQueue,
    speakerTimer: speakerMs === undefined ? idleTimer() : runningTimer(speakerMs, now),
  };
}

function requireQueuePhase(state: CircleSession): DomainError | null {
  const rule = currentFloorRule(state);
  if (rule === 'queue') return null;
  if (rule === 'round') return new DomainError('wrong_phase', 'In a round the floor moves with the round');
  return new DomainError('wrong_phase', `Nobody holds the floor in ${rule === 'open' ? 'an open' : 'a silent'} phase`);
}

export function giveFloor(state: CircleSession, command: CommandOf<'floor.give'>, { now }: CommandContext): Outcome {
  const wrongPhase = requireQueuePhase(state);
  if (wrongPhase) return wrongPhase;
  const participant = state.participants[command.participantId];
  if (!participant) return new DomainError('not_found', 'No such participant in this circle');
  if (participant.presence !== 'present') return new DomainError('conflict', `${participant.displayName} is not here right now`);
  if (state.floor.holderId === participant.participantId) {
    return new DomainError('conflict', `${participant.displayName} already has the floor`);
  }
  return grantFloor(state, participant.participantId, now);
}

/** Gives the floor to the first raised hand of someone present, in the queue's visible order. */
export function giveFloorToNextHand(state: CircleSession, _command: unknown, { now }: CommandContext): Outcome {
  const wrongPhase = requireQueuePhase(state);
  if (wrongPhase) return wrongPhase;
  const next = handQueueOrder(state).find((hand) => state.participants[hand.participantId]?.presence === 'present');
  if (!next) return new DomainError('conflict', 'Nobody present has a hand raised');
  return grantFloor(state, next.participantId, now);
}

export function clearFloor(state: CircleSession, _command: unknown, { now }: CommandContext): Outcome {
  const wrongPhase = requireQueuePhase(state);
  if (wrongPhase) return wrongPhase;
  if (state.floor.holderId === null) return new DomainError('conflict', 'Nobody has the floor');
  return freeFloor(state, now);
}

export function setFacilitatorMaySpeak(state: CircleSession, command: CommandOf<'facilitatorMaySpeak.set'>): Outcome {
  return { ...state, facilitatorMaySpeak: command.enabled };
}
