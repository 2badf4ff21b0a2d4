import type { RoomDoor } from '../door/room-door';
import type { RequestHandlers } from './request-handlers';
import type { RoomMembership } from './room-membership';
import type { PeerSocket } from './socket-types';

/** `lobby:*` requests, for facilitators of the session the socket is in. */
export function lobbyHandlers(door: RoomDoor, membership: RoomMembership): RequestHandlers {
  const visitor = (socket: PeerSocket) => ({ identity: socket.data.identity, connectionId: socket.id });
  return {
    'lobby:admit': async ({ memberId }, socket) => {
      await door.admit(visitor(socket), membership.currentRoom(socket).roomId, memberId);
      return null;
    },
    'lobby:setDoor': async ({ open }, socket) => {
      await door.setDoorOpen(visitor(socket), membership.currentRoom(socket).roomId, open);
      return null;
    },
  };
}
