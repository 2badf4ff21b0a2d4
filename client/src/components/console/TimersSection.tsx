import { ConsoleSection } from './ConsoleSection';
import { TimerControls } from './TimerControls';

/** Both countdowns in full: start, pause, extend, reset. The strip shows them; this is where they are set. */
export function TimersSection() {
  return (
    <ConsoleSection id="timers" title="Timers">
      <TimerControls timer="phase" title="Phase timer" />
      <TimerControls timer="speaker" title="Speaker timer" />
    </ConsoleSection>
  );
}
