import type { Identity, LobbyUpdateEvent, ParticipantRole, PrivacyCheckAnswer } from '@peercircle/shared';
import type { SessionRoom } from '../circle/session-room';

/**
 * Who knocks: a signed-in person (from their login cookie), or, on servers with demo rooms, a guest
 * known only by a signed participant id. Decided by the server at connection, never from a payload.
 */
export type VisitorIdentity = Identity | { kind: 'guest'; id: string };

/** One knock on a door: who, over which live connection (so the lobby can call them back). */
export interface Visitor {
  identity: VisitorIdentity;
  connectionId: string;
}

/** A participant let into a room: who they are there, and the live circle session of that room. */
export interface RoomEntry {
  /** The room's key: a cohort session's id, or `demo:<name>`. */
  roomKey: string;
  participantId: string;
  displayName: string;
  role: ParticipantRole;
  session: SessionRoom;
  /** A member entering a cohort session: their answer to the door's privacy checklist, for the circle's count. */
  privacyCheck?: PrivacyCheckAnswer;
  /** Told when this participant has left the room for good (attendance). */
  left(): void;
}

/** How the door tells people about its lobby; implemented over the realtime connections. */
export interface LobbyNotifier {
  /** To everyone watching the session's lobby. */
  lobbyChanged(update: LobbyUpdateEvent): void;
  admitted(sessionId: string, memberId: string): void;
  /** This connection now hears about the session's lobby (facilitators), starting with `current`. */
  watchLobby(connectionId: string, current: LobbyUpdateEvent): void;
}
