import { useId } from 'react';
import { remainingMs, type Timer } from '@peercircle/shared';
import { useServerNow } from '../../circle/server-clock';
import { timerNote, type OverrunDisplay } from '../../circle/timer-display';
import { formatCountdown } from '../../circle/time-format';

interface TimerReadoutProps {
  label: string;
  timer: Timer;
  overrun: OverrunDisplay;
}

/** A countdown on server time. role="timer" is not live, so it never reads out every second. */
export function TimerReadout({ label, timer, overrun }: TimerReadoutProps) {
  const now = useServerNow();
  const labelId = useId();
  const note = timerNote(timer, now, overrun);
  return (
    <div className={note ? `timer-readout ${note.tone}` : 'timer-readout'}>
      <span id={labelId} className="timer-label">
        {label}
      </span>
      <span role="timer" aria-labelledby={labelId} className="timer-value">
        {formatCountdown(remainingMs(timer, now), overrun !== 'hidden')}
      </span>
      {note ? <span className="timer-note">{note.text}</span> : null}
    </div>
  );
}
