import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@peercircle/shared';
import type { VisitorIdentity } from '../door/visitor';

/** What the server remembers about a connection; socket.io restores it when a connection recovers. */
export interface PeerSocketData {
  /** Who this connection is, decided at the handshake: a signed-in person or a demo-room guest. */
  identity: VisitorIdentity;
  /** `identity.id`: the participant this connection acts as in any room. */
  participantId: string;
  /** The login (its stored id) behind a signed-in connection, so signing out can end it. */
  loginId?: string;
  /** Demo rooms only: presented again on reconnect to come back as the same participant. */
  identityToken?: string;
  displayName?: string;
  /** The room this connection is in: a cohort session's id or `demo:<name>`. */
  roomId?: string;
}

export type PeerServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, PeerSocketData>;
export type PeerSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, PeerSocketData>;

export const roomChannel = (roomId: string): string => `room:${roomId}`;
export const participantChannel = (participantId: string): string => `participant:${participantId}`;
/** Every connection of one login, so signing out ends them all. */
export const loginChannel = (loginId: string): string => `login:${loginId}`;
/** Facilitators of a session hear about its lobby here. */
export const lobbyChannel = (sessionId: string): string => `lobby:${sessionId}`;

/**
 * Whether a connection ended the way a network drops one: closed, silent, or gone while the server
 * was writing to it. Only these keep media for a grace period and may be recovered; a refused
 * frame (too large, malformed), a protocol error or a deliberate disconnect may not.
 */
export function isNetworkDrop(reason: string, description?: unknown): boolean {
  if (reason === 'transport close' || reason === 'ping timeout') return true;
  return reason === 'transport error' && description instanceof Error && description.message === 'write error';
}
