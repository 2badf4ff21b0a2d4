import { useAppStore } from '../../store/store';
import { ReloadAfterUpdate } from '../ui/ReloadAfterUpdate';

const messages = {
  reconnecting: 'Reconnecting…',
  failed: 'Disconnected. Check your network and rejoin.',
} as const;

/** Visible connection trouble; the live announcer speaks the same news to screen readers. */
export function ConnectionBanner() {
  const { status, error, refusal } = useAppStore((state) => state.connection);
  if (status !== 'reconnecting' && status !== 'failed') return null;
  return (
    <div className={`banner ${status}`} data-testid="connection-banner">
      {status === 'failed' && refusal ? error : messages[status]}
      <ReloadAfterUpdate />
    </div>
  );
}
