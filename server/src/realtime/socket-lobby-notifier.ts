import type { LobbyUpdateEvent } from '@peercircle/shared';
import type { LobbyNotifier } from '../door/visitor';
import { lobbyChannel, participantChannel, type PeerServer } from './socket-types';

/** Lobby news over socket.io: the waiting list to the session's facilitators, "come in" to a member. */
export class SocketLobbyNotifier implements LobbyNotifier {
  constructor(private readonly io: PeerServer) {}

  lobbyChanged(update: LobbyUpdateEvent): void {
    this.io.to(lobbyChannel(update.sessionId)).emit('lobby:update', update);
  }

  admitted(sessionId: string, memberId: string): void {
    this.io.to(participantChannel(memberId)).emit('lobby:admitted', { sessionId });
  }

  watchLobby(connectionId: string, current: LobbyUpdateEvent): void {
    const socket = this.io.sockets.sockets.get(connectionId);
    if (!socket) return;
    void socket.join(lobbyChannel(current.sessionId));
    socket.emit('lobby:update', current);
  }
}
