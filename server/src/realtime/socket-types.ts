import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, Identity, ServerToClientEvents } from '@peercircle/shared';

/** What the server remembers about a connection; socket.io restores it when a connection recovers. */
export interface PeerSocketData {
  participantId: string;
  /** The signed-in person, from the login cookie; absent for demo-room visitors. */
  identity?: Identity;
  /** Demo rooms only: presented again on reconnect to come back as the same participant. */
  identityToken?: string;
  /** The cohort session this socket waits to be let into, if any. */
  waitingIn?: string;
  displayName?: string;
  roomId?: string;
}

export type PeerServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, PeerSocketData>;
export type PeerSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, PeerSocketData>;

export const roomChannel = (roomId: string): string => `room:${roomId}`;
export const participantChannel = (participantId: string): string => `participant:${participantId}`;
/** Facilitators of a session hear about its lobby here. */
export const lobbyChannel = (sessionId: string): string => `lobby:${sessionId}`;
