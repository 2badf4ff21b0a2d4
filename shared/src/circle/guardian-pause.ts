import { DomainError } from '../errors';
import type { CircleCommandType } from './commands';
import type { CommandContext, Outcome } from './command-handler';
import type { CirclePause, CircleSession, PauseRecord } from './session-state';
import { isRunning, pausedTimer, resumedTimer } from './timers';

/**
 * The guardian's pause: silence for everyone (see `audible.ts`), the floor cleared, both countdowns
 * frozen. Resuming gives back the same turn, round position and time left; the paused stretch counts
 * for nobody's floor time. Only the fact of a pause is kept (`pauses`), never who called it.
 */

/** Past this many pauses in one session a call is refused: the state would only keep growing. */
export const maxPausesPerSession = 100;

/** States saved before pauses existed have none. */
export function pauseOf(state: Pick<CircleSession, 'pause'>): CirclePause | null {
  return state.pause ?? null;
}

export function pausesOf(state: Pick<CircleSession, 'pauses'>): PauseRecord[] {
  return state.pauses ?? [];
}

export function isPaused(state: Pick<CircleSession, 'pause'>): boolean {
  return pauseOf(state) !== null;
}

/**
 * What may still happen during a pause: nothing that moves the floor, the round, the phase or a
 * timer. Hands, questions and preparation wait quietly; the facilitator may end the session.
 * An allow-list, so a command added later is held still until someone decides otherwise.
 */
const allowedWhilePaused = new Set<CircleCommandType>([
  'session.end',
  'pause.call',
  'pause.resume',
  'queue.setPolicy',
  'seating.set',
  'presenter.set',
  'facilitatorMaySpeak.set',
  'role.handOver',
  'roles.assign',
  'roles.rotate',
  'questions.reorder',
  'questions.merge',
  'questions.hold',
  'questions.release',
  'questions.markAnswered',
  'questions.pin',
  'questions.unpin',
  'hand.raise',
  'hand.lower',
  'question.submit',
  'question.edit',
  'question.withdraw',
  'questions.keep',
  'participant.join',
  'participant.presence',
  'participant.media',
  'voice.sample',
]);

export function checkNotPaused(state: CircleSession, type: CircleCommandType): DomainError | null {
  if (!isPaused(state) || allowedWhilePaused.has(type)) return null;
  return new DomainError('paused', 'The circle is paused: nothing moves until it resumes');
}

export function callPause(state: CircleSession, _command: unknown, { now }: CommandContext): Outcome {
  if (isPaused(state)) return new DomainError('conflict', 'The circle is already paused');
  if (pausesOf(state).length >= maxPausesPerSession) {
    return new DomainError('conflict', `This session has had ${maxPausesPerSession} pauses; no more can be called`);
  }
  const pause: CirclePause = {
    startedAt: now,
    floor: state.floor,
    phaseTimerRunning: isRunning(state.phaseTimer),
    speakerTimerRunning: isRunning(state.speakerTimer),
  };
  return {
    ...state,
    pause,
    floor: { holderId: null, since: null },
    phaseTimer: pausedTimer(state.phaseTimer, now),
    speakerTimer: pausedTimer(state.speakerTimer, now),
  };
}

/**
 * Gives everything back as it was when the pause began. The turn's start moves on by the pause's
 * length, so the floor time it adds to the ledger when it ends leaves the pause out.
 */
function endPause(state: CircleSession, pause: CirclePause, now: number): CircleSession {
  const length = now - pause.startedAt;
  const { holderId, since } = pause.floor;
  return {
    ...state,
    pause: null,
    pauses: [...pausesOf(state), { startedAt: pause.startedAt, endedAt: now }],
    floor: holderId === null ? { holderId: null, since: null } : { holderId, since: (since ?? pause.startedAt) + length },
    phaseTimer: pause.phaseTimerRunning ? resumedTimer(state.phaseTimer, now) : state.phaseTimer,
    speakerTimer: pause.speakerTimerRunning ? resumedTimer(state.speakerTimer, now) : state.speakerTimer,
  };
}

export function resumePause(state: CircleSession, _command: unknown, { now }: CommandContext): Outcome {
  const pause = pauseOf(state);
  if (pause === null) return new DomainError('conflict', 'The circle is not paused');
  return endPause(state, pause, now);
}

/** Ending the session during a pause ends the pause first: it is recorded, and the turn's time counted. */
export function liftPause(state: CircleSession, now: number): CircleSession {
  const pause = pauseOf(state);
  return pause === null ? state : endPause(state, pause, now);
}
