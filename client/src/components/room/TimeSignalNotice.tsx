import { useId, useState } from 'react';
import { signalForViewer, timeSignalMessages } from '../../circle/forum-roles-view';
import { useCircle } from '../../circle/use-circle';

/**
 * The timekeeper's signal, on the speaker's page only, large enough to catch mid-sentence. It is
 * announced (and chimed) by the circle's announcements, so this is not a live region itself.
 */
export function TimeSignalNotice() {
  const signal = useCircle(signalForViewer);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const headingId = useId();
  if (signal === null || signal.sentAt === dismissedAt) return null;
  return (
    <section className={`time-signal-notice kind-${signal.kind}`} aria-labelledby={headingId} data-testid="time-signal">
      <h2 id={headingId} className="time-signal-heading">
        From your timekeeper
      </h2>
      <p className="time-signal-message">{timeSignalMessages[signal.kind]}</p>
      <button type="button" className="small" aria-label="Dismiss the time signal" onClick={() => setDismissedAt(signal.sentAt)}>
        Dismiss
      </button>
    </section>
  );
}
