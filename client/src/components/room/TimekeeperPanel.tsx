import { useId } from 'react';
import { isRunning, timeSignalKinds, type TimeSignalKind } from '@peercircle/shared';
import { describeSentSignal, holdsTimekeeper, timekeeperState, timeSignalButtonLabels } from '../../circle/forum-roles-view';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { announce } from '../../store/ui-slice';
import { TimerReadout } from './TimerReadout';

const minuteMs = 60_000;

/** On the timekeeper's page only: the speaker timer and private signals to whoever speaks. */
export function TimekeeperPanel() {
  const isTimekeeper = useCircle(holdsTimekeeper);
  return isTimekeeper ? <TimekeeperControls /> : null;
}

function TimekeeperControls() {
  const send = useSessionCommand();
  const ids = { heading: useId(), reason: useId(), signals: useId(), noTime: useId() };
  const { speakerName, unavailableReason } = useCircle(timekeeperState);
  const timer = useCircle((view) => view.speakerTimer);
  const sent = useCircle((view) => (view.timeSignal && view.timeSignal.fromId === view.viewerId ? describeSentSignal(view, view.timeSignal) : null));
  const unavailable = unavailableReason !== null;
  const noTime = timer.durationMs <= 0;
  const toggle = isRunning(timer)
    ? { label: 'Pause', type: 'timer.pause' as const }
    : timer.accumulatedMs > 0
      ? { label: 'Resume', type: 'timer.resume' as const }
      : { label: 'Start', type: 'timer.start' as const };
  const describedBy = unavailable ? ids.reason : undefined;

  const signal = async (kind: TimeSignalKind) => {
    if (await send({ type: 'timeSignal.send', kind })) announce(`Sent to ${speakerName}: ${timeSignalButtonLabels[kind]}`);
  };

  return (
    <section className="panel-section timekeeper-panel" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Timekeeper</h2>
      {unavailable ? (
        <p id={ids.reason} className="hint timekeeper-reason">
          {unavailableReason}
        </p>
      ) : (
        <p className="hint">{speakerName} has the floor.</p>
      )}
      <TimerReadout label="Speaker time left" timer={timer} overrun="alert" />
      <div className="button-row">
        <button
          type="button"
          aria-label={`${toggle.label} the speaker timer`}
          disabled={unavailable || noTime}
          aria-describedby={unavailable ? ids.reason : noTime ? ids.noTime : undefined}
          onClick={() => void send({ type: toggle.type, timer: 'speaker' })}
        >
          {toggle.label}
        </button>
        <button
          type="button"
          aria-label="Add 1 minute to the speaker timer"
          disabled={unavailable}
          aria-describedby={describedBy}
          onClick={() => void send({ type: 'timer.extend', timer: 'speaker', ms: minuteMs })}
        >
          +1 min
        </button>
      </div>
      {noTime && !unavailable ? (
        <p id={ids.noTime} className="hint">
          No time set for this turn: add a minute to start the timer.
        </p>
      ) : null}
      <h3 id={ids.signals}>{speakerName && !unavailable ? `Signal ${speakerName} privately` : 'Signal the speaker privately'}</h3>
      <div className="button-row" role="group" aria-labelledby={ids.signals}>
        {timeSignalKinds.map((kind) => (
          <button key={kind} type="button" disabled={unavailable} aria-describedby={describedBy} onClick={() => void signal(kind)}>
            {timeSignalButtonLabels[kind]}
          </button>
        ))}
      </div>
      {sent ? <p className="hint timekeeper-sent">{sent}</p> : null}
    </section>
  );
}
