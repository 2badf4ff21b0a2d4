import { captureCamera } from '../media/local-media';
import type { MediaSession } from '../media/media-session';
import { setLocalMedia } from '../store/media-slice';
import { useAppStore } from '../store/store';

/**
 * This tab's microphone and camera as the circle receives them: the mute and camera switches, and
 * publishing every local track the media session does not send yet — also one that starts late.
 */
export class LocalTracks {
  private stopFollowing: (() => void) | null = null;

  /** `media()` is the room's current media session, or null outside a room. */
  constructor(private readonly media: () => MediaSession | null) {}

  async setMicEnabled(enabled: boolean): Promise<void> {
    const { localStream } = useAppStore.getState().media;
    localStream?.getAudioTracks().forEach((track) => (track.enabled = enabled));
    setLocalMedia({ micEnabled: enabled });
    await this.media()?.setPaused('mic', !enabled);
  }

  /** Turning the camera off stops the capture (the camera light goes out), not just the sending. */
  async setCameraEnabled(enabled: boolean): Promise<void> {
    const { localStream, selectedCameraId } = useAppStore.getState().media;
    if (!localStream) return;
    if (!enabled) {
      await this.media()?.setPaused('camera', true);
      localStream.getVideoTracks().forEach((track) => {
        track.stop();
        localStream.removeTrack(track);
      });
      setLocalMedia({ cameraEnabled: false, localStream: new MediaStream(localStream.getTracks()) });
      return;
    }
    const track = await captureCamera(selectedCameraId);
    const stream = new MediaStream([...localStream.getAudioTracks(), track]);
    setLocalMedia({ cameraEnabled: true, localStream: stream });
    const media = this.media();
    if (!media) return;
    if (media.hasProducer('camera')) {
      await media.replaceTrack('camera', track);
      await media.setPaused('camera', false);
    } else {
      await media.publish('camera', track, false);
    }
  }

  /**
   * Publishes the local tracks, now and whenever the local stream changes later: someone may click
   * Join before their camera has started, and the tracks must still reach the circle when it does.
   */
  async publishTo(media: MediaSession): Promise<void> {
    this.stopFollowing?.();
    this.stopFollowing = useAppStore.subscribe((state, previous) => {
      if (state.media.localStream !== previous.media.localStream && this.media() === media) void this.publishMissing(media);
    });
    await this.publishMissing(media);
  }

  /** Stops following the local stream (leaving the room). */
  stop(): void {
    this.stopFollowing?.();
    this.stopFollowing = null;
  }

  private async publishMissing(media: MediaSession): Promise<void> {
    const { localStream, micEnabled, cameraEnabled } = useAppStore.getState().media;
    const audio = localStream?.getAudioTracks()[0];
    const video = localStream?.getVideoTracks()[0];
    const publishing: Promise<void>[] = [];
    if (audio && !media.hasProducer('mic')) publishing.push(media.publish('mic', audio, !micEnabled));
    if (video && cameraEnabled && !media.hasProducer('camera')) publishing.push(media.publish('camera', video, false));
    await Promise.all(publishing).catch((error: unknown) => console.warn('could not publish local media', error));
  }
}
