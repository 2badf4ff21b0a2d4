import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { CommandContext, Outcome } from './command-handler';
import { currentPhase } from './current-phase';
import { grantFloor, releaseFloor } from './floor';
import { withoutAdmittedHands } from './hand-queue';
import { closeUnpinnedQuestion } from './question-pins';
import { beginRound, seatingRoundOrder } from './round';
import type { CircleSession } from './session-state';
import { withoutUpdateCardsOutsideCheckIn } from './update-cards';
import { idleTimer, runningTimer } from './timers';

/**
 * Closes the phase's live state: the current turn ends, the round and the hands the phase admitted
 * go. Hands of types it did not admit keep waiting, in the order raised.
 */
export function leavePhase(state: CircleSession, now: number): CircleSession {
  const released = releaseFloor(state, now);
  return { ...released, round: null, handQueue: withoutAdmittedHands(released.handQueue, currentPhase(state)) };
}

/**
 * Enters a phase: its planned duration starts the phase timer; a round phase starts a round in
 * seating order; a phase where the presenter holds the floor gives it to them. The question asked
 * in the previous phase is closed unless pinned.
 */
export function enterPhase(state: CircleSession, phaseIndex: number, now: number): CircleSession {
  const phase = state.agenda.phases[phaseIndex];
  if (!phase) return state;
  const entered: CircleSession = withoutUpdateCardsOutsideCheckIn({
    ...leavePhase(state, now),
    currentPhaseIndex: phaseIndex,
    phaseTimer: runningTimer(phase.plannedMs, now),
    speakerTimer: idleTimer(phase.speakerMs ?? 0),
    questions: closeUnpinnedQuestion(state.questions),
  });
  if (phase.floorRule === 'round') return beginRound(entered, seatingRoundOrder(entered, phase), 'seating', now);
  const presenter = entered.presenterId === null ? undefined : entered.participants[entered.presenterId];
  if (phase.presenterPart === 'holds-floor' && presenter?.presence === 'present') {
    return grantFloor(entered, presenter.participantId, now);
  }
  return entered;
}

/** Going to the current phase again restarts it: its timer, its round. */
export function goToPhase(state: CircleSession, command: CommandOf<'phase.goTo'>, { now }: CommandContext): Outcome {
  if (!state.agenda.phases[command.phaseIndex]) {
    return new DomainError('not_found', `The agenda has no phase ${command.phaseIndex + 1}`);
  }
  return enterPhase(state, command.phaseIndex, now);
}

export function nextPhase(state: CircleSession, _command: unknown, { now }: CommandContext): Outcome {
  const nextIndex = (state.currentPhaseIndex ?? -1) + 1;
  if (nextIndex >= state.agenda.phases.length) {
    return new DomainError('conflict', 'This is the last phase; end the session instead');
  }
  return enterPhase(state, nextIndex, now);
}
