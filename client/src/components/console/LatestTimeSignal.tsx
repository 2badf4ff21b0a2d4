import { describeSentSignal } from '../../circle/forum-roles-view';
import { useCircle } from '../../circle/use-circle';

/** The timekeeper's latest signal to the speaker, for the facilitator; gone when the floor moves. */
export function LatestTimeSignal() {
  const line = useCircle((view) => (view.timeSignal ? describeSentSignal(view, view.timeSignal) : null));
  if (line === null) return null;
  return (
    <p className="latest-time-signal" data-testid="latest-time-signal">
      <span className="latest-time-signal-label">Time signal</span> {line}
    </p>
  );
}
