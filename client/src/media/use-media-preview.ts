import { useEffect, useState } from 'react';
import { setLocalMedia } from '../store/media-slice';
import { useAppStore } from '../store/store';
import { captureCamera, captureMicrophone, describeMediaError, listDevices, type DeviceChoices } from './local-media';

/** Each capture takes a number; only the latest may become the local stream. */
let latestCapture = 0;

/**
 * Captures the chosen microphone and camera into the store's local stream. A capture that finishes
 * after its screen is gone (someone clicked Join quickly) still becomes the stream the room
 * publishes; only a newer capture (another device chosen) replaces it, and its tracks are stopped.
 */
async function captureLocalMedia(micId: string | null, cameraId: string | null, withCamera: boolean): Promise<void> {
  const capture = ++latestCapture;
  try {
    const tracks = await Promise.all([captureMicrophone(micId), ...(withCamera ? [captureCamera(cameraId)] : [])]);
    if (capture !== latestCapture) {
      tracks.forEach((track) => track.stop());
      return;
    }
    const { localStream, micEnabled } = useAppStore.getState().media;
    tracks.forEach((track) => {
      if (track.kind === 'audio') track.enabled = micEnabled;
    });
    localStream?.getTracks().forEach((track) => track.stop());
    setLocalMedia({ localStream: new MediaStream(tracks), mediaError: null });
  } catch (error) {
    if (capture === latestCapture) setLocalMedia({ localStream: null, mediaError: describeMediaError(error) });
  }
}

/** The pre-join preview: (re)captures when a device or the camera toggle changes; lists devices. */
export function useMediaPreview(): DeviceChoices {
  const [devices, setDevices] = useState<DeviceChoices>({ microphones: [], cameras: [], speakers: [] });
  const selectedMicId = useAppStore((state) => state.media.selectedMicId);
  const selectedCameraId = useAppStore((state) => state.media.selectedCameraId);
  const cameraEnabled = useAppStore((state) => state.media.cameraEnabled);

  useEffect(() => {
    let mounted = true;
    void captureLocalMedia(selectedMicId, selectedCameraId, cameraEnabled).then(async () => {
      // Labels are only filled in once access was granted, so list devices after capturing.
      const listed = await listDevices().catch(() => null);
      if (mounted && listed) setDevices(listed);
    });
    return () => {
      mounted = false;
    };
  }, [selectedMicId, selectedCameraId, cameraEnabled]);

  return devices;
}

/** Before joining there is no media session: muting is just the track's `enabled` flag. */
export function togglePreviewMic(): void {
  const { localStream, micEnabled } = useAppStore.getState().media;
  localStream?.getAudioTracks().forEach((track) => (track.enabled = !micEnabled));
  setLocalMedia({ micEnabled: !micEnabled });
}

/** Leaving the room turns camera and microphone off (the indicator light goes out). */
export function releaseLocalMedia(): void {
  latestCapture += 1;
  useAppStore.getState().media.localStream?.getTracks().forEach((track) => track.stop());
  setLocalMedia({ localStream: null });
}
