import { useAppStore } from '../../store/store';

/** When the server runs a newer PeerCircle than this page, the only way on is a reload. */
export function ReloadAfterUpdate() {
  const outdated = useAppStore((state) => state.connection.refusal === 'protocol_mismatch');
  if (!outdated) return null;
  return (
    <button type="button" className="primary" onClick={() => window.location.reload()}>
      Reload PeerCircle
    </button>
  );
}
