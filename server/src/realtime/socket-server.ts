import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Logger } from 'pino';
import type { SessionMediaBridge } from '../circle/session-media-bridge';
import type { SessionRooms } from '../circle/session-rooms';
import type { MediaRooms } from '../media/media-rooms';
import type { CohortSessionDoor } from '../meetings/cohort-door';
import type { LiveCohortSessions } from '../meetings/live-cohort-sessions';
import { lobbyHandlers } from './lobby-handlers';
import { broadcastMediaRoomEvents } from './media-broadcasts';
import { mediaHandlers } from './media-handlers';
import { registerRequestHandlers } from './request-handlers';
import type { RoomAccess } from './room-access';
import { roomHandlers } from './room-handlers';
import { RoomMembership, type MembershipOptions } from './room-membership';
import { sessionHandlers } from './session-handlers';
import { participantChannel, type PeerServer } from './socket-types';

export interface RealtimeDependencies {
  rooms: MediaRooms;
  sessions: SessionRooms;
  bridge: SessionMediaBridge;
  access: RoomAccess;
  door: CohortSessionDoor;
  liveSessions: LiveCohortSessions;
}

export interface RealtimeServer {
  io: PeerServer;
  membership: RoomMembership;
  close(): Promise<void>;
}

/** socket.io on the app's HTTP server: typed events, connection recovery, one handler file per domain. */
export function createRealtimeServer(
  io: PeerServer,
  { rooms, sessions, bridge, access, door, liveSessions }: RealtimeDependencies,
  options: MembershipOptions,
  logger: Logger,
): RealtimeServer {
  const membership = new RoomMembership(io, rooms, sessions, access, bridge, options, logger);
  rooms.on('roomCreated', (room) => broadcastMediaRoomEvents(io, room));

  io.on('connection', (socket) => {
    if (socket.recovered) membership.handleRecovered(socket);
    else void socket.join(participantChannel(socket.data.participantId));
    const socketLogger = logger.child({ participantId: socket.data.participantId });
    registerRequestHandlers(
      socket,
      {
        ...roomHandlers(membership),
        ...mediaHandlers(membership, rooms),
        ...sessionHandlers(membership, sessions, (room, facilitatorId) => liveSessions.prepareStart(room, facilitatorId)),
        ...lobbyHandlers(door),
      },
      socketLogger,
    );
    socket.on('disconnect', (reason) => membership.handleDisconnect(socket, reason));
  });

  return {
    io,
    membership,
    close: async () => {
      membership.close();
      // Dropping the connections lets clients retry until a server is back; the HTTP server itself
      // is Fastify's to close (`io.close()` would also close it, and wait for it).
      io.engine.close();
    },
  };
}

/** The socket.io server itself, configured for PeerCircle's traffic. */
export function createSocketServer(httpServer: HttpServer, reconnectGraceMs: number): PeerServer {
  return new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 128 * 1024,
    connectionStateRecovery: {
      maxDisconnectionDuration: reconnectGraceMs,
      // Middlewares run again on recovery, so a revoked identity cannot slip back in.
      skipMiddlewares: false,
    },
  });
}
