import { DomainError } from '@peercircle/shared';
import type { SessionRoom } from '../circle/session-room';
import type { SessionRooms } from '../circle/session-rooms';
import type { RequestHandlers } from './request-handlers';
import type { RoomMembership } from './room-membership';
import type { PeerSocket } from './socket-types';

/** Work just before a facilitator's command takes effect. */
export interface CommandPreparations {
  /** Before the start: a cohort session chooses its presenter among those present. */
  start(room: SessionRoom, facilitatorId: string): Promise<void>;
  /** Before the end: the voice heard until now goes into the ledger that the end saves. */
  end(room: SessionRoom): Promise<void>;
}

/** `session:*` requests: circle commands, snapshots and the server clock. */
export function sessionHandlers(membership: RoomMembership, sessions: SessionRooms, prepare: CommandPreparations): RequestHandlers {
  const sessionOf = (socket: PeerSocket) => {
    const room = membership.currentRoom(socket);
    const session = sessions.get(room.roomId);
    if (!session) throw new DomainError('not_found', 'This room has no circle session');
    return session;
  };
  return {
    'session:command': async (command, socket) => {
      const session = sessionOf(socket);
      const { participantId } = socket.data;
      const isFacilitator = session.state.participants[participantId]?.role === 'facilitator';
      if (command.type === 'session.start' && isFacilitator && session.state.status === 'not-started') {
        await prepare.start(session, participantId);
      }
      if (command.type === 'session.end' && isFacilitator && session.state.status === 'running') await prepare.end(session);
      // The actor is the authenticated participant of this socket; payloads carry no identity.
      const result = await session.apply(command, { kind: 'participant', participantId });
      if (!result.ok) throw result.error;
      return { version: result.version };
    },
    'session:sync': (_request, socket) => sessionOf(socket).snapshotFor(socket.data.participantId),
    'session:time': () => ({ serverNow: Date.now() }),
  };
}
