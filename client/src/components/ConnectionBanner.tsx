import { useAppStore } from '../store/store';

const messages = {
  reconnecting: 'Reconnecting…',
  failed: 'Disconnected. Check your network and rejoin.',
} as const;

/** Visible connection trouble; the live announcer speaks the same news to screen readers. */
export function ConnectionBanner() {
  const status = useAppStore((state) => state.connection.status);
  if (status !== 'reconnecting' && status !== 'failed') return null;
  return (
    <div className={`banner ${status}`} data-testid="connection-banner">
      {messages[status]}
    </div>
  );
}
