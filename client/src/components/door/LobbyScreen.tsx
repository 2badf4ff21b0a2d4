import { useState } from 'react';
import { useSignedInIdentity } from '../../auth/identity-context';
import type { RoomConnection } from '../../room/room-connection';
import { RequestError } from '../../realtime/request';
import { describeMediaError } from '../../media/local-media';
import { setLocalMedia } from '../../store/media-slice';
import { useAppStore } from '../../store/store';
import { announce } from '../../store/ui-slice';
import { PageHeading } from '../ui/PageHeading';
import { SelfPreview } from '../prejoin/SelfPreview';

interface LobbyScreenProps {
  connection: RoomConnection;
  /** Asks to enter again, when entering after admission failed. */
  onRetry(): Promise<void>;
  onLeave(): void;
}

/**
 * Waiting at the door of a cohort session until the facilitator lets you in. The connection
 * enters by itself once admitted; this screen only keeps you company until then.
 */
export function LobbyScreen({ connection, onRetry, onLeave }: LobbyScreenProps) {
  const micEnabled = useAppStore((state) => state.media.micEnabled);
  const cameraEnabled = useAppStore((state) => state.media.cameraEnabled);
  const connectionStatus = useAppStore((state) => state.connection.status);
  const connectionError = useAppStore((state) => state.connection.error);
  const displayName = useSignedInIdentity()?.displayName;
  const [retryError, setRetryError] = useState<string | null>(null);

  const toggleMic = () => {
    void connection.setMicEnabled(!micEnabled);
    announce(micEnabled ? 'Microphone muted' : 'Microphone on');
  };
  const toggleCamera = () => {
    connection.setCameraEnabled(!cameraEnabled).catch((error: unknown) => setLocalMedia({ mediaError: describeMediaError(error) }));
  };

  async function retry() {
    setRetryError(null);
    try {
      await onRetry();
    } catch (error) {
      setRetryError(error instanceof RequestError ? error.message : 'Could not enter the session. Try again.');
    }
  }

  const failed = connectionStatus === 'failed';
  return (
    <main className="door">
      <PageHeading stage="lobby">Waiting to be let in</PageHeading>
      <p className="lede">Waiting for your facilitator to let you in.</p>
      <div className="prejoin-layout">
        <SelfPreview label={displayName ?? 'You'} onToggleMic={toggleMic} onToggleCamera={toggleCamera} />
        <div className="card stack">
          <p>
            Take a moment to arrive. Nobody sees or hears you yet. You will enter the circle as soon as you are let in; there
            is no need to reload the page.
          </p>
          {failed || retryError ? (
            <div role="alert">
              <p className="error">{retryError ?? connectionError ?? 'Could not enter the session.'}</p>
              <button type="button" className="primary" onClick={() => void retry()}>
                Try again
              </button>
            </div>
          ) : null}
          <button type="button" onClick={onLeave}>
            Leave the lobby
          </button>
        </div>
      </div>
    </main>
  );
}
