import type { LobbyUpdateEvent, WaitingMemberSummary } from '@peercircle/shared';
import { initialLobbyState, updateSlice } from './store';

/** For facilitators: who waits at the door of the session they are in, and whether it is open. */
export interface LobbyState {
  waiting: WaitingMemberSummary[];
  doorOpen: boolean;
}

export function lobbyUpdated(event: LobbyUpdateEvent): void {
  updateSlice('lobby', () => ({ waiting: event.waiting, doorOpen: event.doorOpen }));
}

export function lobbyCleared(): void {
  updateSlice('lobby', () => initialLobbyState);
}
