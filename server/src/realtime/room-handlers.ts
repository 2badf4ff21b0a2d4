import type { RequestHandlers } from './request-handlers';
import type { RoomMembership } from './room-membership';

/** `room:*` requests: joining and leaving a room. */
export function roomHandlers(membership: RoomMembership): RequestHandlers {
  return {
    'room:join': (request, socket) => membership.join(socket, request),
    'room:leave': (_request, socket) => {
      membership.leave(socket);
      return null;
    },
  };
}
