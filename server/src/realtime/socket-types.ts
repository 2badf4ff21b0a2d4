import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@peercircle/shared';

/** What the server remembers about a connection; socket.io restores it when a connection recovers. */
export interface PeerSocketData {
  participantId: string;
  /** Presented again on reconnect to come back as the same participant. */
  identityToken: string;
  displayName?: string;
  roomId?: string;
}

export type PeerServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, PeerSocketData>;
export type PeerSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, PeerSocketData>;

export const roomChannel = (roomId: string): string => `room:${roomId}`;
export const participantChannel = (participantId: string): string => `participant:${participantId}`;
