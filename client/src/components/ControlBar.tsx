import { useEffect } from 'react';
import type { RoomConnection } from '../room/room-connection';
import { ignoresShortcuts, shortcutKeys } from '../circle/keyboard-shortcuts';
import { describeMediaError } from '../media/local-media';
import { setLocalMedia } from '../store/media-slice';
import { useAppStore } from '../store/store';
import { announce } from '../store/ui-slice';
import { ToggleButton } from './ToggleButton';

interface ControlBarProps {
  connection: RoomConnection;
  onLeave(): void;
}

export function ControlBar({ connection, onLeave }: ControlBarProps) {
  const micEnabled = useAppStore((state) => state.media.micEnabled);
  const cameraEnabled = useAppStore((state) => state.media.cameraEnabled);

  const toggleMic = () => {
    void connection.setMicEnabled(!micEnabled);
    announce(micEnabled ? 'Microphone muted' : 'Microphone on');
  };
  const toggleCamera = () => {
    connection.setCameraEnabled(!cameraEnabled).then(
      () => announce(cameraEnabled ? 'Camera off' : 'Camera on'),
      (error: unknown) => setLocalMedia({ mediaError: describeMediaError(error) }),
    );
  };

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (ignoresShortcuts(event)) return;
      if (event.key === 'm') toggleMic();
      if (event.key === 'v') toggleCamera();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <nav className="control-bar" aria-label="Call controls">
      <ToggleButton on={micEnabled} onToggle={toggleMic} turnOffLabel="Mute microphone" turnOnLabel="Unmute microphone" shortcut={shortcutKeys.mic} />
      <ToggleButton on={cameraEnabled} onToggle={toggleCamera} turnOffLabel="Stop camera" turnOnLabel="Start camera" shortcut={shortcutKeys.camera} />
      <button type="button" className="danger" onClick={onLeave}>
        Leave
      </button>
    </nav>
  );
}
