const secondMs = 1_000;
const minuteMs = 60_000;

function minutesAndSeconds(totalSeconds: number, padMinutes: boolean): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${padMinutes ? String(minutes).padStart(2, '0') : minutes}:${String(seconds).padStart(2, '0')}`;
}

/**
 * A countdown as mm:ss. Remaining time rounds up, so "00:00" appears exactly when time is up.
 * Past zero it reads "+m:ss over" where the overrun may be shown, otherwise it stays at "00:00".
 */
export function formatCountdown(remainingMs: number, showOverrun: boolean): string {
  if (remainingMs > 0) return minutesAndSeconds(Math.ceil(remainingMs / secondMs), true);
  if (!showOverrun || remainingMs === 0) return '00:00';
  return `+${minutesAndSeconds(Math.ceil(-remainingMs / secondMs), false)} over`;
}

/** Time spent, e.g. speaking time, as m:ss (whole seconds elapsed). */
export function formatDuration(ms: number): string {
  return minutesAndSeconds(Math.floor(Math.max(0, ms) / secondMs), false);
}

/** For sentences: "2 minutes", "1 minute", "45 seconds". */
export function describeTimeLeft(ms: number): string {
  if (ms >= 90 * secondMs) return `${Math.round(ms / minuteMs)} minutes`;
  if (ms >= minuteMs) return '1 minute';
  const seconds = Math.max(1, Math.ceil(ms / secondMs));
  return seconds === 1 ? '1 second' : `${seconds} seconds`;
}

/** Planned time on the agenda: "15 min", "1.5 min". */
export function formatMinutes(ms: number): string {
  return `${Number((ms / minuteMs).toFixed(2))} min`;
}
