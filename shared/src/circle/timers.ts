import type { Timer } from './session-state';

/** Warn two minutes before the end, or at the last fifth of a shorter countdown. */
export function warningLeadFor(durationMs: number): number {
  return Math.min(120_000, Math.round(durationMs / 5));
}

export function idleTimer(durationMs = 0): Timer {
  return { durationMs, accumulatedMs: 0, runningSince: null, warnAtRemainingMs: warningLeadFor(durationMs) };
}

export function runningTimer(durationMs: number, now: number): Timer {
  return { ...idleTimer(durationMs), runningSince: now };
}

export function isRunning(timer: Timer): boolean {
  return timer.runningSince !== null;
}

export function elapsedMs(timer: Timer, now: number): number {
  const live = timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince);
  return timer.accumulatedMs + live;
}

/** Negative once the countdown has overrun. */
export function remainingMs(timer: Timer, now: number): number {
  return timer.durationMs - elapsedMs(timer, now);
}

/** In the last stretch before the end: time to wrap up. An idle timer (no duration) never warns. */
export function isWarning(timer: Timer, now: number): boolean {
  const remaining = remainingMs(timer, now);
  return timer.durationMs > 0 && remaining > 0 && remaining <= timer.warnAtRemainingMs;
}

/** Time is up: the countdown reached zero or went past it. */
export function isOverrun(timer: Timer, now: number): boolean {
  return timer.durationMs > 0 && remainingMs(timer, now) <= 0;
}

export function pausedTimer(timer: Timer, now: number): Timer {
  if (timer.runningSince === null) return timer;
  return { ...timer, accumulatedMs: elapsedMs(timer, now), runningSince: null };
}

export function resumedTimer(timer: Timer, now: number): Timer {
  return timer.runningSince === null ? { ...timer, runningSince: now } : timer;
}

export function extendedTimer(timer: Timer, ms: number): Timer {
  return { ...timer, durationMs: Math.max(0, timer.durationMs + ms) };
}
