import type { FormEvent } from 'react';
import type { Identity } from '@peercircle/shared';
import { useApi } from '../../api/use-api';
import { formatDateTime } from '../../cohorts/session-time';
import { togglePreviewMic, useMediaPreview } from '../../media/use-media-preview';
import { setLocalMedia } from '../../store/media-slice';
import { useAppStore } from '../../store/store';
import { DevicePickers } from '../DevicePickers';
import { PageHeading } from '../PageHeading';
import { SelfPreview } from '../SelfPreview';

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
  const cameraEnabled = useAppStore((state) => state.media.cameraEnabled);
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
        <SelfPreview
          label={identity.displayName}
          onToggleMic={togglePreviewMic}
          onToggleCamera={() => setLocalMedia({ cameraEnabled: !cameraEnabled })}
        />
        <form className="card form" onSubmit={submit}>
          <p>
            You will join as <strong>{identity.displayName}</strong>.
          </p>
          <DevicePickers devices={devices} />
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
