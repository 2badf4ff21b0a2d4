import { nudgeForMe } from '../../circle/role-powers';
import { useCircle } from '../../circle/use-circle';

/**
 * The process observer's nudge, on the speaker's screen for the rest of their turn. It is announced
 * politely through the page's live announcer (`rolePowerNews`), so this box is not a live region.
 */
export function NudgeNotice() {
  const nudge = useCircle(nudgeForMe);
  if (nudge === null) return null;
  return (
    <section className="panel-section nudge-notice" aria-label="Nudge for you">
      <p>
        <span className="nudge-label">From the process observer, for you only:</span> {nudge}
      </p>
    </section>
  );
}
