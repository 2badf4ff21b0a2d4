import { useCircle } from '../../circle/use-circle';
import { overrunDisplayFor, speakerTimerLabel } from '../../circle/timer-display';
import { TimerReadout } from './TimerReadout';

/** The phase countdown and, while someone has a timed turn, theirs. */
export function PhaseTimers() {
  const phaseTimer = useCircle((view) => view.phaseTimer);
  const speakerTimer = useCircle((view) => view.speakerTimer);
  const speaker = useCircle(speakerTimerLabel);
  const phaseOverrun = useCircle((view) => overrunDisplayFor(view, 'phase'));
  const speakerOverrun = useCircle((view) => overrunDisplayFor(view, 'speaker'));
  return (
    <div className="phase-timers-readouts">
      <TimerReadout label="Phase" timer={phaseTimer} overrun={phaseOverrun} />
      {speaker ? <TimerReadout label={speaker} timer={speakerTimer} overrun={speakerOverrun} /> : null}
    </div>
  );
}
