import type { InputDevices } from '../media/local-media';
import { setLocalMedia } from '../store/media-slice';
import { useAppStore } from '../store/store';
import { DeviceSelect } from './DeviceSelect';

/** Microphone and camera choice before entering; a change recaptures the preview. */
export function DevicePickers({ devices }: { devices: InputDevices }) {
  const selectedMicId = useAppStore((state) => state.media.selectedMicId);
  const selectedCameraId = useAppStore((state) => state.media.selectedCameraId);
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
    </>
  );
}
