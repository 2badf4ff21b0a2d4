import { useEffect } from 'react';
import type { RoomConnection } from '../../room/room-connection';
import { ignoresShortcuts, shortcutKeys } from '../../circle/keyboard-shortcuts';
import { useListening, useMicHoldNote } from '../../circle/use-tile-statuses';
import { describeMediaError } from '../../media/local-media';
import { setLocalMedia } from '../../store/media-slice';
import { useAppStore } from '../../store/store';
import { announce } from '../../store/ui-slice';
import { ToggleButton } from '../ui/ToggleButton';

interface ControlBarProps {
  connection: RoomConnection;
  onLeave(): void;
}

export function ControlBar({ connection, onLeave }: ControlBarProps) {
  const micEnabled = useAppStore((state) => state.media.micEnabled);
  const cameraEnabled = useAppStore((state) => state.media.cameraEnabled);
  const listening = useListening();
  const holdNote = useMicHoldNote();

  const toggleMic = () => {
    // Held by the floor there is nothing to mute; the note says when the microphone opens.
    if (listening) return announce(holdNote);
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
      {/* One button throughout, so keyboard focus stays put when the floor holds or opens the microphone. */}
      <button
        type="button"
        className={listening ? 'toggle listening' : micEnabled ? 'toggle on' : 'toggle off'}
        aria-disabled={listening || undefined}
        aria-keyshortcuts={shortcutKeys.mic}
        onClick={toggleMic}
      >
        {listening ? holdNote : micEnabled ? 'Mute microphone' : 'Unmute microphone'}
      </button>
      <ToggleButton on={cameraEnabled} onToggle={toggleCamera} turnOffLabel="Stop camera" turnOnLabel="Start camera" shortcut={shortcutKeys.camera} />
      <button type="button" className="danger" onClick={onLeave}>
        Leave
      </button>
    </nav>
  );
}
