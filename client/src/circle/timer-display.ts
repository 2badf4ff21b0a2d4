import { isOverrun, isRunning, isWarning, type CircleSessionView, type Timer } from '@peercircle/shared';
import { isFacilitatorView, nameOf } from './view-queries';

/**
 * How a countdown past zero is shown: facilitators see an alert and the overrun, the speaker sees
 * their own time's up gently with the overrun, listeners see 00:00 (someone else's time is not theirs to watch).
 */
export type OverrunDisplay = 'alert' | 'gentle' | 'hidden';

/** Whose turn the speaker timer belongs to: the floor holder, or during a pause the one it interrupted. */
function turnHolderId(view: CircleSessionView): string | null {
  return view.pause?.floor.holderId ?? view.floor.holderId;
}

export function overrunDisplayFor(view: CircleSessionView, timer: 'phase' | 'speaker'): OverrunDisplay {
  if (isFacilitatorView(view)) return 'alert';
  return timer === 'speaker' && turnHolderId(view) === view.viewerId ? 'gentle' : 'hidden';
}

export type TimerTone = 'warning' | 'overrun' | 'time-up' | 'paused';

export function timerNote(timer: Timer, now: number, display: OverrunDisplay): { text: string; tone: TimerTone } | null {
  if (isOverrun(timer, now) && display === 'alert') return { text: 'Time is up', tone: 'overrun' };
  if (isOverrun(timer, now) && display === 'gentle') return { text: "Time's up — finish your thought", tone: 'time-up' };
  if (isWarning(timer, now)) return { text: 'Wrap up', tone: 'warning' };
  if (!isRunning(timer) && timer.durationMs > 0 && timer.accumulatedMs > 0) return { text: 'Paused', tone: 'paused' };
  return null;
}

/** Whose turn the speaker timer counts, or null when it has nothing to show. */
export function speakerTimerLabel(view: CircleSessionView): string | null {
  const holderId = turnHolderId(view);
  if (!isRunning(view.speakerTimer) && (holderId === null || view.speakerTimer.durationMs === 0)) return null;
  if (holderId === null) return 'Speaker';
  return holderId === view.viewerId ? 'Your turn' : `${nameOf(view, holderId)}'s turn`;
}
