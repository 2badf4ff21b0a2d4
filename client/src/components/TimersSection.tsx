import { useId } from 'react';
import { TimerControls } from './TimerControls';

export function TimersSection() {
  const headingId = useId();
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Timers</h2>
      <TimerControls timer="phase" title="Phase timer" />
      <TimerControls timer="speaker" title="Speaker timer" />
    </section>
  );
}
