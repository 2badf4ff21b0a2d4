import type { FormEvent } from 'react';
import type { Identity } from '@peercircle/shared';
import { useApi } from '../../api/use-api';
import { formatDateTime } from '../../cohorts/session-time';
import { togglePreviewMic, useMediaPreview } from '../../media/use-media-preview';
import { setLocalMedia } from '../../store/media-slice';
import { useAppStore } from '../../store/store';
import { DeviceSelect } from '../DeviceSelect';
import { PageHeading } from '../PageHeading';
import { ToggleButton } from '../ToggleButton';
import { VideoTile } from '../VideoTile';

interface SessionPreJoinScreenProps {
  identity: Identity;
  sessionId: string;
  joining: boolean;
  error: string | null;
  onJoin(): void;
}

/** Camera and microphone check before a cohort session; no name to type, the account has one. */
export function SessionPreJoinScreen({ identity, sessionId, joining, error, onJoin }: SessionPreJoinScreenProps) {
  const devices = useMediaPreview();
  const localStream = useAppStore((state) => state.media.localStream);
  const micEnabled = useAppStore((state) => state.media.micEnabled);
  const cameraEnabled = useAppStore((state) => state.media.cameraEnabled);
  const selectedMicId = useAppStore((state) => state.media.selectedMicId);
  const selectedCameraId = useAppStore((state) => state.media.selectedCameraId);
  const mediaError = useAppStore((state) => state.media.mediaError);
  const home = useApi('memberHome', identity.kind === 'member' ? {} : null);
  const session = home.data?.nextSession?.id === sessionId ? home.data.nextSession : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    onJoin();
  }

  return (
    <main className="prejoin">
      <PageHeading>{home.data ? `Join ${home.data.cohort.name}` : 'Join the session'}</PageHeading>
      {session ? <p className="lede">{formatDateTime(session.startsAt)} (your time)</p> : null}
      <div className="prejoin-layout">
        <section aria-label="Your preview" className="prejoin-preview">
          <VideoTile
            label={identity.displayName}
            stream={localStream}
            isSelf
            micOn={micEnabled}
            cameraOn={cameraEnabled && Boolean(localStream?.getVideoTracks().length)}
            highlighted={false}
          />
          {mediaError ? (
            <p role="alert" className="error">
              {mediaError}
            </p>
          ) : null}
          <div className="toolbar">
            <ToggleButton on={micEnabled} onToggle={togglePreviewMic} turnOffLabel="Mute microphone" turnOnLabel="Unmute microphone" />
            <ToggleButton
              on={cameraEnabled}
              onToggle={() => setLocalMedia({ cameraEnabled: !cameraEnabled })}
              turnOffLabel="Stop camera"
              turnOnLabel="Start camera"
            />
          </div>
        </section>
        <form className="card form" onSubmit={submit}>
          <p>
            You will join as <strong>{identity.displayName}</strong>.
          </p>
          <DeviceSelect
            label="Microphone"
            devices={devices.microphones}
            value={selectedMicId}
            onChange={(deviceId) => setLocalMedia({ selectedMicId: deviceId })}
          />
          <DeviceSelect
            label="Camera"
            devices={devices.cameras}
            value={selectedCameraId}
            onChange={(deviceId) => setLocalMedia({ selectedCameraId: deviceId })}
          />
          {error ? (
            <p role="alert" className="error">
              {error}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={joining} aria-busy={joining}>
            {joining ? 'Joining…' : 'Join session'}
          </button>
        </form>
      </div>
    </main>
  );
}
