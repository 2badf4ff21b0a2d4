import type { DeviceChoices } from '../../media/local-media';
import { setLocalMedia } from '../../store/media-slice';
import { useAppStore } from '../../store/store';
import { DeviceSelect } from './DeviceSelect';

/** Microphone, camera and (where the browser allows) speaker choice before entering; a change recaptures the preview. */
export function DevicePickers({ devices }: { devices: DeviceChoices }) {
  const selectedMicId = useAppStore((state) => state.media.selectedMicId);
  const selectedCameraId = useAppStore((state) => state.media.selectedCameraId);
  const selectedSpeakerId = useAppStore((state) => state.media.selectedSpeakerId);
  return (
    <>
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
      {devices.speakers.length > 0 ? (
        <DeviceSelect
          label="Speaker"
          devices={devices.speakers}
          value={selectedSpeakerId}
          onChange={(deviceId) => setLocalMedia({ selectedSpeakerId: deviceId })}
        />
      ) : null}
    </>
  );
}
