import { useAppStore } from '../../store/store';
import { ToggleButton } from '../ui/ToggleButton';
import { VideoTile } from '../room/VideoTile';
import { ErrorText } from '../ui/ErrorText';

interface SelfPreviewProps {
  label: string;
  onToggleMic(): void;
  onToggleCamera(): void;
}

/** Your own camera before entering (pre-join, lobby), with mute and camera toggles. */
export function SelfPreview({ label, onToggleMic, onToggleCamera }: SelfPreviewProps) {
  const { localStream, micEnabled, cameraEnabled, mediaError } = useAppStore((state) => state.media);
  return (
    <section aria-label="Your preview" className="prejoin-preview">
      <VideoTile
        label={label}
        stream={localStream}
        isSelf
        micOn={micEnabled}
        cameraOn={cameraEnabled && Boolean(localStream?.getVideoTracks().length)}
        highlighted={false}
      />
      <ErrorText>{mediaError}</ErrorText>
      <div className="toolbar">
        <ToggleButton on={micEnabled} onToggle={onToggleMic} turnOffLabel="Mute microphone" turnOnLabel="Unmute microphone" />
        <ToggleButton on={cameraEnabled} onToggle={onToggleCamera} turnOffLabel="Stop camera" turnOnLabel="Start camera" />
      </div>
    </section>
  );
}
