import { DomainError } from '@peercircle/shared';
import type { SessionRooms } from '../circle/session-rooms';
import type { RequestHandlers } from './request-handlers';
import type { RoomMembership } from './room-membership';
import type { PeerSocket } from './socket-types';

/** `session:*` requests: circle commands, snapshots and the server clock. */
export function sessionHandlers(membership: RoomMembership, sessions: SessionRooms): RequestHandlers {
  const sessionOf = (socket: PeerSocket) => {
    const room = membership.currentRoom(socket);
    const session = sessions.get(room.roomId);
    if (!session) throw new DomainError('not_found', 'This room has no circle session');
    return session;
  };
  return {
    'session:command': async (command, socket) => {
      // The actor is the authenticated participant of this socket; payloads carry no identity.
      const result = await sessionOf(socket).apply(command, { kind: 'participant', participantId: socket.data.participantId });
      if (!result.ok) throw result.error;
      return { version: result.version };
    },
    'session:sync': (_request, socket) => sessionOf(socket).snapshotFor(socket.data.participantId),
    'session:time': () => ({ serverNow: Date.now() }),
  };
}
