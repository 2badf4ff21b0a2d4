import { DomainError, type JoinRoomRequest } from '@peercircle/shared';
import type { SessionRooms } from '../circle/session-rooms';
import type { RoomAccess, RoomEntry } from './room-access';
import type { PeerSocket } from './socket-types';

/**
 * Ad-hoc rooms for trying PeerCircle out: anyone with the link enters under the name they give, and
 * the room's first arrival facilitates (the role stays with them, and can be handed over).
 */
export class DemoRoomAccess implements RoomAccess {
  constructor(private readonly sessions: SessionRooms) {}

  async enter(socket: PeerSocket, { roomId, displayName }: JoinRoomRequest): Promise<RoomEntry> {
    const name = displayName ?? socket.data.identity?.displayName;
    if (!name) throw new DomainError('invalid_payload', 'A name is required to join');
    const session = this.sessions.getOrCreate(roomId, { title: roomId });
    return { roomId, displayName: name, role: session.hasFacilitator() ? 'member' : 'facilitator', session };
  }

  stopWaiting(): void {}
}
