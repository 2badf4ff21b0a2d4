/** Capture settings sized for a gallery of 4–8 leaders: clear faces, modest CPU and bandwidth. */
const VIDEO_CONSTRAINTS: MediaTrackConstraints = {
  width: { ideal: 640 },
  height: { ideal: 360 },
  frameRate: { ideal: 24, max: 30 },
};

const AUDIO_CONSTRAINTS: MediaTrackConstraints = {
  echoCancellation: true,
  noiseSuppression: true,
  autoGainControl: true,
};

const deviceConstraint = (base: MediaTrackConstraints, deviceId: string | null): MediaTrackConstraints =>
  deviceId ? { ...base, deviceId: { exact: deviceId } } : base;

export async function captureMicrophone(deviceId: string | null): Promise<MediaStreamTrack> {
  const stream = await navigator.mediaDevices.getUserMedia({ audio: deviceConstraint(AUDIO_CONSTRAINTS, deviceId) });
  const [track] = stream.getAudioTracks();
  if (!track) throw new Error('No microphone track');
  return track;
}

export async function captureCamera(deviceId: string | null): Promise<MediaStreamTrack> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: deviceConstraint(VIDEO_CONSTRAINTS, deviceId) });
  const [track] = stream.getVideoTracks();
  if (!track) throw new Error('No camera track');
  return track;
}

export interface DeviceChoices {
  microphones: MediaDeviceInfo[];
  cameras: MediaDeviceInfo[];
  /** Audio outputs; listed only where a page may choose one (setSinkId). */
  speakers: MediaDeviceInfo[];
}

/** Whether this browser lets a page choose where audio plays (Chromium: yes; some others: no). */
export function canChooseSpeaker(): boolean {
  return typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;
}

/** Device labels are only filled in after the user has granted access once. */
export async function listDevices(): Promise<DeviceChoices> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return {
    microphones: devices.filter((device) => device.kind === 'audioinput'),
    cameras: devices.filter((device) => device.kind === 'videoinput'),
    speakers: canChooseSpeaker() ? devices.filter((device) => device.kind === 'audiooutput' && device.deviceId !== 'default') : [],
  };
}

export function describeMediaError(error: unknown): string {
  if (error instanceof DOMException) {
    if (error.name === 'NotAllowedError') return 'Camera or microphone access was blocked. Allow it in the browser to be seen and heard.';
    if (error.name === 'NotFoundError') return 'No camera or microphone was found.';
    if (error.name === 'NotReadableError') return 'Your camera or microphone is in use by another application.';
  }
  return 'Could not start your camera or microphone.';
}
