import type { FormEvent, ReactNode } from 'react';
import { togglePreviewMic, useMediaPreview } from '../../media/use-media-preview';
import { setLocalMedia } from '../../store/media-slice';
import { useAppStore } from '../../store/store';
import { AudioCheck } from '../door/AudioCheck';
import { DevicePickers } from './DevicePickers';
import { SelfPreview } from './SelfPreview';
import { ReloadAfterUpdate } from '../ui/ReloadAfterUpdate';
import { ErrorText } from '../ui/ErrorText';

interface PreJoinFormProps {
  previewLabel: string;
  joinLabel: string;
  joining: boolean;
  error: string | null;
  onSubmit(): void;
  /** What the screen asks or says before the device pickers. */
  children: ReactNode;
}

/** The self-preview beside the form that picks devices and joins, for demo rooms and cohort sessions alike. */
export function PreJoinForm({ previewLabel, joinLabel, joining, error, onSubmit, children }: PreJoinFormProps) {
  const devices = useMediaPreview();
  const cameraEnabled = useAppStore((state) => state.media.cameraEnabled);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  return (
    <div className="prejoin-layout">
      <SelfPreview label={previewLabel} onToggleMic={togglePreviewMic} onToggleCamera={() => setLocalMedia({ cameraEnabled: !cameraEnabled })} />
      <form className="card form" onSubmit={submit} noValidate>
        {children}
        <DevicePickers devices={devices} />
        <AudioCheck />
        <ErrorText>{error}</ErrorText>
        <ReloadAfterUpdate />
        <button type="submit" className="primary" disabled={joining} aria-busy={joining}>
          {joining ? 'Joining…' : joinLabel}
        </button>
      </form>
    </div>
  );
}
