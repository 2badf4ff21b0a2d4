import { DomainError, type JoinRoomRequest } from '@peercircle/shared';
import type { SessionRooms } from '../circle/session-rooms';
import type { CohortSessionEntry } from './cohort-session-entry';
import { demoRoomKey, enterDemoRoom } from './demo-room-entry';
import type { RoomEntry, Visitor } from './visitor';

/** The room a join asks for, keyed as `enter` keys it: the cohort session's id, or `demo:<name>`. */
export function requestedRoomKey(request: JoinRoomRequest): string {
  return 'sessionId' in request ? request.sessionId : demoRoomKey(request.demoRoom);
}

/**
 * The one place that decides "may this identity enter this room now, and as whom". Every way into a
 * room goes through `enter`: cohort sessions through their door (sign-in, agreement, lobby), demo
 * rooms — a separate key space, only when switched on — through theirs. Refusals, including "wait
 * in the lobby", are thrown as DomainErrors. The realtime layer depends on this; never the reverse.
 */
export class RoomDoor {
  constructor(
    private readonly cohortSessions: CohortSessionEntry,
    /** Present only on servers with demo rooms switched on. */
    private readonly demoRooms: SessionRooms | null,
  ) {}

  async enter(visitor: Visitor, request: JoinRoomRequest): Promise<RoomEntry> {
    if ('sessionId' in request) return this.cohortSessions.enter(visitor, request);
    if (!this.demoRooms) throw new DomainError('not_found', 'Demo rooms are not available on this server');
    return enterDemoRoom(this.demoRooms, visitor, request);
  }

  /** The connection stopped waiting to be let in (it left, joined elsewhere, or ended). */
  stopWaiting(connectionId: string): void {
    this.cohortSessions.stopWaiting(connectionId);
  }

  /** A facilitator inside `roomKey` lets one waiting member in. */
  admit({ identity }: Visitor, roomKey: string, memberId: string): Promise<void> {
    return this.cohortSessions.admit(identity, roomKey, memberId);
  }

  /** A facilitator inside `roomKey` opens or closes the door for everyone. */
  setDoorOpen({ identity }: Visitor, roomKey: string, open: boolean): Promise<void> {
    return this.cohortSessions.setDoorOpen(identity, roomKey, open);
  }
}
