import type { CohortSessionDoor } from '../meetings/cohort-door';
import type { RequestHandlers } from './request-handlers';

/** `lobby:*` requests, for facilitators of the session the socket is in. */
export function lobbyHandlers(door: CohortSessionDoor): RequestHandlers {
  return {
    'lobby:admit': async ({ memberId }, socket) => {
      await door.admit(socket, memberId);
      return null;
    },
    'lobby:setDoor': async ({ open }, socket) => {
      await door.setDoorOpen(socket, open);
      return null;
    },
  };
}
