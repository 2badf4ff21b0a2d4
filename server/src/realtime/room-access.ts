import type { JoinRoomRequest, ParticipantRole } from '@peercircle/shared';
import type { SessionRoom } from '../circle/session-room';
import type { PeerSocket } from './socket-types';

/** A participant allowed into a room: who they are there, and the live circle session of that room. */
export interface RoomEntry {
  roomId: string;
  displayName: string;
  role: ParticipantRole;
  session: SessionRoom;
  /** Told when this participant has left the room for good (attendance). */
  left?(): void;
}

/**
 * The door of a room: decides from the socket's identity whether it may enter now, and prepares the
 * room's live session. Refusals (including "wait in the lobby") are thrown as DomainErrors.
 */
export interface RoomAccess {
  enter(socket: PeerSocket, request: JoinRoomRequest): Promise<RoomEntry>;
  /** The socket stopped waiting to be let in (it left, or its connection ended). */
  stopWaiting(socket: PeerSocket): void;
}
