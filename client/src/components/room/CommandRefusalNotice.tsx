import { useEffect } from 'react';
import { useCommandRefusal } from '../../circle/session-commands';

const visibleForMs = 10_000;

/**
 * Shows why the server refused the last command, for people who do not hear the announcement.
 * Not a live region: the refusal has already been announced.
 */
export function CommandRefusalNotice() {
  const { refusal, dismiss } = useCommandRefusal();
  useEffect(() => {
    if (!refusal) return;
    const timer = setTimeout(dismiss, visibleForMs);
    return () => clearTimeout(timer);
  }, [refusal, dismiss]);
  if (!refusal) return null;
  return (
    <div className="command-refusal" data-testid="command-refusal">
      <p>{refusal.message}</p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
