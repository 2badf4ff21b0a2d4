import type { MediaSource } from '@peercircle/shared';
import { updateSlice } from './store';

export interface RemoteTracks {
  audio?: MediaStreamTrack;
  video?: MediaStreamTrack;
}

export interface MediaState {
  localStream: MediaStream | null;
  micEnabled: boolean;
  cameraEnabled: boolean;
  selectedMicId: string | null;
  selectedCameraId: string | null;
  /** The audio output chosen on the pre-join screen; null plays through the system default. */
  selectedSpeakerId: string | null;
  /** Tracks received from each remote participant, keyed by participant id. */
  remoteTracks: Record<string, RemoteTracks>;
  mediaError: string | null;
}


export function setLocalMedia(patch: Partial<Omit<MediaState, 'remoteTracks'>>): void {
  updateSlice('media', (media) => ({ ...media, ...patch }));
}

export function remoteTrackAdded(participantId: string, source: MediaSource, track: MediaStreamTrack): void {
  const slot = source === 'mic' ? 'audio' : 'video';
  updateSlice('media', (media) => ({
    ...media,
    remoteTracks: { ...media.remoteTracks, [participantId]: { ...media.remoteTracks[participantId], [slot]: track } },
  }));
}

export function remoteTrackRemoved(participantId: string, track: MediaStreamTrack): void {
  updateSlice('media', (media) => {
    const tracks = media.remoteTracks[participantId];
    if (!tracks) return media;
    const next: RemoteTracks = {};
    if (tracks.audio && tracks.audio !== track) next.audio = tracks.audio;
    if (tracks.video && tracks.video !== track) next.video = tracks.video;
    return { ...media, remoteTracks: { ...media.remoteTracks, [participantId]: next } };
  });
}

export function remoteParticipantMediaCleared(participantId: string): void {
  updateSlice('media', (media) => {
    const { [participantId]: _gone, ...rest } = media.remoteTracks;
    return { ...media, remoteTracks: rest };
  });
}

export function allRemoteMediaCleared(): void {
  updateSlice('media', (media) => ({ ...media, remoteTracks: {} }));
}
