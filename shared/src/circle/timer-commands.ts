import { DomainError } from '../errors';
import type { CommandOf } from './commands';
import type { CommandContext, Outcome } from './command-handler';
import { currentPhase } from './current-phase';
import type { CircleSession, Timer } from './session-state';
import { extendedTimer, idleTimer, isRunning, pausedTimer, resumedTimer, runningTimer } from './timers';

type TimerName = CommandOf<'timer.start'>['timer'];

const timerKey = { phase: 'phaseTimer', speaker: 'speakerTimer' } as const;

function withTimer(state: CircleSession, name: TimerName, timer: Timer): CircleSession {
  return { ...state, [timerKey[name]]: timer };
}

/** The duration a timer returns to on reset: the phase's plan, or its time per turn. */
function plannedDuration(state: CircleSession, name: TimerName): number {
  const phase = currentPhase(state);
  return (name === 'phase' ? phase?.plannedMs : phase?.speakerMs) ?? 0;
}

/** Starts the countdown from the top, also when it was already running. */
export function startTimer(state: CircleSession, command: CommandOf<'timer.start'>, { now }: CommandContext): Outcome {
  const timer = state[timerKey[command.timer]];
  if (timer.durationMs <= 0) return new DomainError('conflict', 'Give the timer a duration first by extending it');
  return withTimer(state, command.timer, { ...runningTimer(timer.durationMs, now), warnAtRemainingMs: timer.warnAtRemainingMs });
}

export function pauseTimer(state: CircleSession, command: CommandOf<'timer.pause'>, { now }: CommandContext): Outcome {
  const timer = state[timerKey[command.timer]];
  if (!isRunning(timer)) return new DomainError('conflict', 'The timer is not running');
  return withTimer(state, command.timer, pausedTimer(timer, now));
}

export function resumeTimer(state: CircleSession, command: CommandOf<'timer.resume'>, { now }: CommandContext): Outcome {
  const timer = state[timerKey[command.timer]];
  if (isRunning(timer)) return new DomainError('conflict', 'The timer is already running');
  if (timer.durationMs <= 0) return new DomainError('conflict', 'Give the timer a duration first by extending it');
  return withTimer(state, command.timer, resumedTimer(timer, now));
}

/** Back to the planned duration, stopped, with any extension dropped. */
export function resetTimer(state: CircleSession, command: CommandOf<'timer.reset'>): Outcome {
  return withTimer(state, command.timer, idleTimer(plannedDuration(state, command.timer)));
}

export function extendTimer(state: CircleSession, command: CommandOf<'timer.extend'>): Outcome {
  return withTimer(state, command.timer, extendedTimer(state[timerKey[command.timer]], command.ms));
}
