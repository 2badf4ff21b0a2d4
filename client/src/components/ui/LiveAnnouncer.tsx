import { useAppStore } from '../../store/store';

/**
 * The page's screen-reader voice. Two regions so urgent news (connection lost, your turn) can
 * interrupt while routine news (someone joined) waits its turn.
 */
export function LiveAnnouncer() {
  const announcement = useAppStore((state) => state.ui.announcement);
  return (
    <div className="visually-hidden">
      <div role="status" aria-live="polite" aria-atomic="true" data-testid="announcer-polite">
        {announcement.urgency === 'polite' ? <span key={announcement.sequence}>{announcement.text}</span> : null}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" data-testid="announcer-assertive">
        {announcement.urgency === 'assertive' ? <span key={announcement.sequence}>{announcement.text}</span> : null}
      </div>
    </div>
  );
}
