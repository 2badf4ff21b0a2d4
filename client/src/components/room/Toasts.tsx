import { useEffect, useState } from 'react';
import { useAppStore } from '../../store/store';
import { clearToasts, dismissToast, type Toast } from '../../store/ui-slice';

/** Long enough to read twice; a pointer or keyboard focus on the toast holds it. */
const SHOWN_MS = 10_000;

/**
 * Arrivals and admissions on screen, as Meet and Jitsi show them. The live announcer has already
 * spoken each one, so this is not a live region, and it never takes focus.
 */
export function Toasts() {
  const toasts = useAppStore((state) => state.ui.toasts);
  // Leaving the room leaves its news behind.
  useEffect(() => clearToasts, []);
  if (toasts.length === 0) return null;
  return (
    <section className="toasts" aria-label="Notifications">
      <ul>
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ul>
    </section>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (held) return;
    const timer = setTimeout(() => dismissToast(toast.id), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [held, toast.id]);
  return (
    <li
      className="toast"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <p>{toast.text}</p>
      <button type="button" className="icon-button small" aria-label={`Dismiss: ${toast.text}`} onClick={() => dismissToast(toast.id)}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
