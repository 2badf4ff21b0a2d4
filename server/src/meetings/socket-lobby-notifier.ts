import type { LobbyUpdateEvent } from '@peercircle/shared';
import { lobbyChannel, participantChannel, type PeerServer, type PeerSocket } from '../realtime/socket-types';
import type { LobbyNotifier } from './cohort-door';
import type { Lobby } from './lobby';

/** Lobby news over socket.io: the waiting list to the session's facilitators, "come in" to a member. */
export class SocketLobbyNotifier implements LobbyNotifier {
  constructor(
    private readonly io: PeerServer,
    private readonly lobby: Lobby,
    private readonly doorOpen: (sessionId: string) => Promise<boolean>,
  ) {}

  lobbyChanged(sessionId: string): void {
    void this.update(sessionId).then((update) => this.io.to(lobbyChannel(sessionId)).emit('lobby:update', update));
  }

  admitted(sessionId: string, memberId: string): void {
    this.io.to(participantChannel(memberId)).emit('lobby:admitted', { sessionId });
  }

  watchLobby(socket: PeerSocket, sessionId: string): void {
    void socket.join(lobbyChannel(sessionId));
    void this.update(sessionId).then((update) => socket.emit('lobby:update', update));
  }

  private async update(sessionId: string): Promise<LobbyUpdateEvent> {
    return { sessionId, waiting: this.lobby.waiting(sessionId), doorOpen: await this.doorOpen(sessionId) };
  }
}
