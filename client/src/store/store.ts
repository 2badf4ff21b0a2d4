import { create } from 'zustand';
import type { ConnectionState } from './connection-slice';
import type { LobbyState } from './lobby-slice';
import type { MediaState } from './media-slice';
import type { RoomState } from './room-slice';
import type { SessionState } from './session-slice';
import type { UiState } from './ui-slice';

export interface AppState {
  connection: ConnectionState;
  room: RoomState;
  media: MediaState;
  session: SessionState;
  lobby: LobbyState;
  ui: UiState;
}

export const initialConnectionState: ConnectionState = { status: 'idle', error: null, refusal: null };

export const initialRoomState: RoomState = {
  entry: { kind: 'outside' },
  roomId: null,
  self: null,
  participants: [],
  activeSpeakerId: null,
};

export const initialMediaState: MediaState = {
  localStream: null,
  micEnabled: true,
  cameraEnabled: true,
  selectedMicId: null,
  selectedCameraId: null,
  selectedSpeakerId: null,
  remoteTracks: {},
  mediaError: null,
};

export const initialSessionState: SessionState = { view: null, clockOffsetMs: 0, chimeMuted: false };

export const initialLobbyState: LobbyState = { waiting: [], doorOpen: false };

export const initialUiState: UiState = {
  announcement: { text: '', sequence: 0, urgency: 'polite' },
  toasts: [],
  consoleSections: {},
  focusRequest: null,
};

/**
 * The single client store. Slices hold plain state; the functions that change a slice live next to
 * it and call `useAppStore.setState`, so socket listeners and components share one way of updating.
 */
export const useAppStore = create<AppState>()(() => ({
  connection: initialConnectionState,
  room: initialRoomState,
  media: initialMediaState,
  session: initialSessionState,
  lobby: initialLobbyState,
  ui: initialUiState,
}));

export function updateSlice<K extends keyof AppState>(key: K, update: (slice: AppState[K]) => AppState[K]): void {
  useAppStore.setState((state) => ({ [key]: update(state[key]) }) as Pick<AppState, K>);
}
