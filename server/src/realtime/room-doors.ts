import { DomainError, type JoinRoomRequest } from '@peercircle/shared';
import type { RoomAccess, RoomEntry } from './room-access';
import type { PeerSocket } from './socket-types';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A cohort's live session, when the room id names one this socket's identity can look up. */
export interface CohortDoor {
  tryEnter(socket: PeerSocket, sessionId: string): Promise<RoomEntry | null>;
  stopWaiting(socket: PeerSocket): void;
}

/**
 * Routes a join to the right door: signed-in people to their cohort's sessions; anyone else, and
 * names that are not sessions, to ad-hoc demo rooms when those are switched on.
 */
export class RoomDoors implements RoomAccess {
  constructor(
    private readonly cohorts: CohortDoor,
    private readonly demo: RoomAccess | null,
  ) {}

  async enter(socket: PeerSocket, request: JoinRoomRequest): Promise<RoomEntry> {
    if (socket.data.identity && uuidPattern.test(request.roomId)) {
      const entry = await this.cohorts.tryEnter(socket, request.roomId);
      if (entry) return entry;
    }
    if (this.demo) return this.demo.enter(socket, request);
    if (!socket.data.identity) throw new DomainError('unauthenticated', 'Please sign in or use your invite link');
    throw new DomainError('not_found', 'No such session');
  }

  stopWaiting(socket: PeerSocket): void {
    this.cohorts.stopWaiting(socket);
  }
}
