import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { Outcome, ParticipantContext } from './command-handler';
import { currentFloorRule, currentPhase } from './current-phase';
import { floorMsAt } from './ledger';
import { participantControls } from './participant-controls';
import { admitsHand, defaultHandType } from './hand-types';
import type { AgendaPhase, CircleSession, HandQueue, RaisedHand } from './session-state';

const byRaisedAt = (a: RaisedHand, b: RaisedHand) => a.raisedAt - b.raisedAt;

/**
 * The hands the current phase admits, in the order the facilitator should call them: first come,
 * or least heard first (ascending floor time so far, ties by who raised first).
 */
export function handQueueOrder(state: CircleSession): RaisedHand[] {
  const phase = currentPhase(state);
  const admitted = state.handQueue.raised.filter((hand) => admitsHand(phase, hand));
  if (state.handQueue.policy === 'first-come') return admitted.sort(byRaisedAt);
  const heard = (hand: RaisedHand) => floorMsAt(state, hand.participantId, state.clock);
  return admitted.sort((a, b) => heard(a) - heard(b) || byRaisedAt(a, b));
}

export function admittedHandOf(state: CircleSession, participantId: string): RaisedHand | undefined {
  const phase = currentPhase(state);
  return state.handQueue.raised.find((hand) => hand.participantId === participantId && admitsHand(phase, hand));
}

/** Hands of types the current phase does not admit, in the order raised: they join the queue in a phase that does. */
export function waitingHands(state: CircleSession): RaisedHand[] {
  const phase = currentPhase(state);
  return state.handQueue.raised.filter((hand) => !admitsHand(phase, hand)).sort(byRaisedAt);
}

/** Lowers the hands the phase admits (they were called or let go with it); the others keep waiting. */
export function withoutAdmittedHands(queue: HandQueue, phase: AgendaPhase | null): HandQueue {
  return { ...queue, raised: queue.raised.filter((hand) => !admitsHand(phase, hand)) };
}

export function withoutHand(queue: HandQueue, participantId: string): HandQueue {
  return queue.raised.some((hand) => hand.participantId === participantId)
    ? { ...queue, raised: queue.raised.filter((hand) => hand.participantId !== participantId) }
    : queue;
}

export function raiseHand(state: CircleSession, command: CommandOf<'hand.raise'>, { actorId, now }: ParticipantContext): Outcome {
  if (currentFloorRule(state) !== 'queue') {
    return new DomainError('wrong_phase', 'Hands are raised only in phases where the facilitator gives the floor');
  }
  // The same rule that hides the button: while the presenter holds the floor, everyone listens.
  if (!participantControls(currentPhase(state)).raiseHand) {
    return new DomainError('wrong_phase', 'The presenter has the floor in this phase: listen without interrupting');
  }
  if (state.floor.holderId === actorId) return new DomainError('conflict', 'You already have the floor');
  if (state.handQueue.raised.some((hand) => hand.participantId === actorId)) {
    return new DomainError('conflict', 'Your hand is already raised; lower it to raise it for something else');
  }
  const hand: RaisedHand = { participantId: actorId, raisedAt: now, handType: command.handType ?? defaultHandType(currentPhase(state)) };
  return { ...state, handQueue: { ...state.handQueue, raised: [...state.handQueue.raised, hand] } };
}

export function lowerHand(state: CircleSession, _command: CommandOf<'hand.lower'>, { actorId }: ParticipantContext): Outcome {
  if (!state.handQueue.raised.some((hand) => hand.participantId === actorId)) {
    return new DomainError('conflict', 'Your hand is not raised');
  }
  return { ...state, handQueue: withoutHand(state.handQueue, actorId) };
}

export function setQueuePolicy(state: CircleSession, command: CommandOf<'queue.setPolicy'>): Outcome {
  return { ...state, handQueue: { ...state.handQueue, policy: command.policy } };
}
