import { useId } from 'react';
import { isRunning } from '@peercircle/shared';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { TimerReadout } from '../room/TimerReadout';

const minuteMs = 60_000;

/** Start, pause, resume, extend and reset one of the two timers. */
export function TimerControls({ timer: name, title }: { timer: 'phase' | 'speaker'; title: string }) {
  const send = useSessionCommand();
  const timer = useCircle((view) => (name === 'phase' ? view.phaseTimer : view.speakerTimer));
  const headingId = useId();
  const lower = title.toLowerCase();
  const running = isRunning(timer);
  const started = timer.accumulatedMs > 0;

  const toggle = running
    ? { label: 'Pause', type: 'timer.pause' as const }
    : started
      ? { label: 'Resume', type: 'timer.resume' as const }
      : { label: 'Start', type: 'timer.start' as const };

  return (
    <div className="timer-controls" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <TimerReadout label="Time left" timer={timer} overrun="alert" />
      <div className="button-row">
        <button
          type="button"
          aria-label={`${toggle.label} ${lower}`}
          disabled={timer.durationMs <= 0}
          onClick={() => void send({ type: toggle.type, timer: name })}
        >
          {toggle.label}
        </button>
        {[1, 5].map((minutes) => (
          <button
            key={minutes}
            type="button"
            aria-label={`Add ${minutes} minute${minutes === 1 ? '' : 's'} to ${lower}`}
            onClick={() => void send({ type: 'timer.extend', timer: name, ms: minutes * minuteMs })}
          >
            +{minutes} min
          </button>
        ))}
        <button type="button" aria-label={`Reset ${lower}`} onClick={() => void send({ type: 'timer.reset', timer: name })}>
          Reset
        </button>
      </div>
      {timer.durationMs <= 0 ? <p className="hint">No time set for this phase: add minutes to use it.</p> : null}
    </div>
  );
}
