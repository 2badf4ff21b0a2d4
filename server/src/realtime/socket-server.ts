import { randomUUID } from 'node:crypto';
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import type { Logger } from 'pino';
import type { MediaRooms } from '../media/media-rooms';
import { broadcastMediaRoomEvents } from './media-broadcasts';
import { mediaHandlers } from './media-handlers';
import { registerRequestHandlers } from './request-handlers';
import { roomHandlers } from './room-handlers';
import { RoomMembership, type MembershipOptions } from './room-membership';
import { participantChannel, type PeerServer } from './socket-types';

export interface RealtimeServer {
  io: PeerServer;
  membership: RoomMembership;
  close(): Promise<void>;
}

/** socket.io on the app's HTTP server: typed events, connection recovery, one handler file per domain. */
export function createRealtimeServer(
  httpServer: HttpServer,
  rooms: MediaRooms,
  options: MembershipOptions,
  logger: Logger,
): RealtimeServer {
  const io: PeerServer = new Server(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 128 * 1024,
    connectionStateRecovery: {
      maxDisconnectionDuration: options.reconnectGraceMs,
      // Authentication runs again on recovery, so a revoked identity cannot slip back in.
      skipMiddlewares: false,
    },
  });
  const membership = new RoomMembership(io, rooms, options, logger);
  rooms.on('roomCreated', (room) => broadcastMediaRoomEvents(io, room));

  io.on('connection', (socket) => {
    if (socket.recovered) {
      membership.handleRecovered(socket);
    } else {
      socket.data.participantId = randomUUID();
      void socket.join(participantChannel(socket.data.participantId));
    }
    const socketLogger = logger.child({ participantId: socket.data.participantId });
    registerRequestHandlers(socket, { ...roomHandlers(membership), ...mediaHandlers(membership, rooms) }, socketLogger);
    socket.on('disconnect', (reason) => membership.handleDisconnect(socket, reason));
  });

  return {
    io,
    membership,
    close: async () => {
      membership.close();
      await io.close();
    },
  };
}
