import { useId, useState, type FormEvent } from 'react';
import { displayNameSchema } from '@peercircle/shared';
import { togglePreviewMic, useMediaPreview } from '../media/use-media-preview';
import { setLocalMedia } from '../store/media-slice';
import { useAppStore } from '../store/store';
import { DevicePickers } from './DevicePickers';
import { SelfPreview } from './SelfPreview';

interface PreJoinProps {
  roomId: string;
  initialName: string;
  joining: boolean;
  error: string | null;
  onJoin(displayName: string): void;
}

/** Check name, camera and microphone before entering; nobody sees or hears you until you join. */
export function PreJoinScreen({ roomId, initialName, joining, error, onJoin }: PreJoinProps) {
  const [name, setName] = useState(initialName);
  const [nameError, setNameError] = useState<string | null>(null);
  const devices = useMediaPreview();
  const cameraEnabled = useAppStore((state) => state.media.cameraEnabled);
  const nameId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = displayNameSchema.safeParse(name);
    if (!parsed.success) {
      setNameError(parsed.error.issues[0]?.message ?? 'Enter your name');
      return;
    }
    setNameError(null);
    onJoin(parsed.data);
  }

  return (
    <main className="prejoin">
      <h1>
        Join <span className="room-name">{roomId}</span>
      </h1>
      <div className="prejoin-layout">
        <SelfPreview
          label={name.trim() || 'You'}
          onToggleMic={togglePreviewMic}
          onToggleCamera={() => setLocalMedia({ cameraEnabled: !cameraEnabled })}
        />
        <form className="card form" onSubmit={submit} noValidate>
          <label htmlFor={nameId}>Your name</label>
          <input
            id={nameId}
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="name"
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${nameId}-error` : undefined}
          />
          {nameError ? (
            <p id={`${nameId}-error`} className="error">
              {nameError}
            </p>
          ) : null}
          <DevicePickers devices={devices} />
          {error ? (
            <p role="alert" className="error">
              {error}
            </p>
          ) : null}
          <button type="submit" className="primary" disabled={joining} aria-busy={joining}>
            {joining ? 'Joining…' : 'Join'}
          </button>
        </form>
      </div>
    </main>
  );
}
