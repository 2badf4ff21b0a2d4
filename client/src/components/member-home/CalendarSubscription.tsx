import { useId } from 'react';
import { CopyField } from '../ui/CopyField';

/** The member's personal calendar feed: subscribe once and sessions appear as they are scheduled. */
export function CalendarSubscription({ calendarUrl }: { calendarUrl: string }) {
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>Add the sessions to your calendar</h2>
      <p>
        Subscribe to this link in your calendar app (for example “From URL” in Google Calendar or “New Calendar Subscription”
        in Apple Calendar). Sessions appear and update there as they are scheduled.
      </p>
      <CopyField label="Calendar subscription link" value={calendarUrl} copyLabel="Copy calendar link" copiedMessage="Calendar link copied" />
      <p className="hint">
        This link is personal: it works without signing in, so anyone who has it can see when your circle meets. Keep it to
        yourself.
      </p>
    </section>
  );
}
