import { useId } from 'react';
import { isOverrun, isRunning, isWarning, remainingMs, type Timer } from '@peercircle/shared';
import { useServerNow } from '../circle/server-clock';
import { formatCountdown } from '../circle/time-format';

interface TimerReadoutProps {
  label: string;
  timer: Timer;
  /** Facilitators see how far past time a phase or turn runs; members see 00:00. */
  showOverrun: boolean;
}

function timerNote(timer: Timer, now: number, showOverrun: boolean): string | null {
  if (showOverrun && isOverrun(timer, now)) return 'Time is up';
  if (isWarning(timer, now)) return 'Wrap up';
  if (!isRunning(timer) && timer.durationMs > 0 && timer.accumulatedMs > 0) return 'Paused';
  return null;
}

/** A countdown on server time. role="timer" is not live, so it never reads out every second. */
export function TimerReadout({ label, timer, showOverrun }: TimerReadoutProps) {
  const now = useServerNow();
  const labelId = useId();
  const note = timerNote(timer, now, showOverrun);
  const classes = ['timer-readout', isWarning(timer, now) && 'warning', showOverrun && isOverrun(timer, now) && 'overrun'];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <span id={labelId} className="timer-label">
        {label}
      </span>
      <span role="timer" aria-labelledby={labelId} className="timer-value">
        {formatCountdown(remainingMs(timer, now), showOverrun)}
      </span>
      {note ? <span className="timer-note">{note}</span> : null}
    </div>
  );
}
