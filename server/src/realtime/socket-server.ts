import type { Server as HttpServer } from 'node:http';
import { Server, type Namespace, type ServerOptions } from 'socket.io';
import type { Adapter } from 'socket.io-adapter';
import type { Logger } from 'pino';
import type { SessionMediaBridge } from '../circle/session-media-bridge';
import type { SessionRooms } from '../circle/session-rooms';
import type { RoomDoor } from '../door/room-door';
import type { MediaRooms } from '../media/media-rooms';
import type { LiveCohortSessions } from '../meetings/live-cohort-sessions';
import { lobbyHandlers } from './lobby-handlers';
import { broadcastMediaRoomEvents } from './media-broadcasts';
import { peerMediaHandlers, routerCapabilitiesHandler } from './media-handlers';
import { inTurn, ParticipantQueue } from './participant-queue';
import type { RequestBudgets } from './request-budget';
import { registerRequestHandlers, type RequestAdmission } from './request-handlers';
import { RevocableSessionAdapter } from './revocable-session-adapter';
import { roomHandlers } from './room-handlers';
import { RoomMembership, type MembershipOptions } from './room-membership';
import { sessionHandlers } from './session-handlers';
import { isNetworkDrop, loginChannel, participantChannel, type PeerServer, type PeerSocket, type PeerSocketData } from './socket-types';

export interface RealtimeDependencies {
  rooms: MediaRooms;
  sessions: SessionRooms;
  bridge: SessionMediaBridge;
  door: RoomDoor;
  liveSessions: LiveCohortSessions;
  budgets: RequestBudgets;
}

export interface RealtimeServer {
  io: PeerServer;
  membership: RoomMembership;
  /** Ends every connection of a participant now, with no way back through recovery (removed, deleted). */
  expel(participantId: string): void;
  /** Ends the connections of one signed-out login. */
  endLogin(loginId: string): void;
  close(): Promise<void>;
}

/** socket.io on the app's HTTP server: typed events, connection recovery, one handler file per domain. */
export function createRealtimeServer(
  io: PeerServer,
  { rooms, sessions, bridge, door, liveSessions, budgets }: RealtimeDependencies,
  options: MembershipOptions,
  logger: Logger,
): RealtimeServer {
  const membership = new RoomMembership(io, rooms, sessions, door, bridge, options, logger);
  const queue = new ParticipantQueue();
  // Another adapter (Redis, across nodes) has no saved sessions of ours to forget.
  const adapter = io.of('/').adapter;
  const revocable = adapter instanceof RevocableSessionAdapter ? adapter : null;
  rooms.on('roomCreated', (room) => broadcastMediaRoomEvents(io, room));

  /** Ends connections now (deliberately: no grace, no recovery), held ones included. */
  const endConnections = (channel: string, matches: (connection: PeerSocketData) => boolean) => {
    revocable?.forgetWhere((data) => matches(data as PeerSocketData));
    io.in(channel).disconnectSockets(true);
    membership.releaseDropped(matches);
  };
  const expel = (participantId: string) => endConnections(participantChannel(participantId), (c) => c.participantId === participantId);
  const admit: RequestAdmission = (socket, event) => {
    const verdict = budgets.take(socket.data.participantId, event === 'session:command');
    if (verdict === 'cut-off') {
      logger.warn({ participantId: socket.data.participantId }, 'participant cut off for flooding');
      // After the refusal's ack has gone out.
      setImmediate(() => expel(socket.data.participantId));
    }
    return verdict === 'accept';
  };

  io.on('connection', (socket) => {
    if (socket.recovered) membership.handleRecovered(socket);
    else joinPersonalChannels(socket);
    const socketLogger = logger.child({ participantId: socket.data.participantId });
    const handlers = {
      ...inTurn(queue, { ...roomHandlers(membership), ...peerMediaHandlers(membership) }),
      ...routerCapabilitiesHandler(rooms),
      ...sessionHandlers(membership, sessions, {
        start: (room, facilitatorId) => liveSessions.prepareStart(room, facilitatorId),
        end: (room) => bridge.settleVoice(room.sessionId),
      }),
      ...lobbyHandlers(door, membership),
    };
    registerRequestHandlers(socket, handlers, admit, socketLogger);
    socket.on('disconnect', (reason, description) => {
      const networkDrop = isNetworkDrop(reason, description);
      socketLogger.info({ reason, networkDrop }, 'connection closed');
      if (!networkDrop) revocable?.forgetConnection(socket.id);
      membership.handleDisconnect(socket, reason, networkDrop);
    });
  });

  return {
    io,
    membership,
    expel,
    endLogin: (loginId) => endConnections(loginChannel(loginId), (c) => c.loginId === loginId),
    close: async () => {
      membership.close();
      // Dropping the connections lets clients retry until a server is back; the HTTP server itself
      // is Fastify's to close (`io.close()` would also close it, and wait for it).
      io.engine.close();
    },
  };
}

function joinPersonalChannels(socket: PeerSocket): void {
  void socket.join(participantChannel(socket.data.participantId));
  if (socket.data.loginId) void socket.join(loginChannel(socket.data.loginId));
}

/** How a namespace keeps its rooms: socket.io's `adapter` option (a class, or a factory per namespace). */
export type SocketAdapter = NonNullable<ServerOptions['adapter']>;

/**
 * The socket.io server itself, configured for PeerCircle's traffic. The adapter defaults to the
 * single-process one with revocable connection-state recovery; a cluster passes one shared across nodes.
 */
export function createSocketServer(httpServer: HttpServer, reconnectGraceMs: number, adapter: SocketAdapter = RevocableSessionAdapter as never): PeerServer {
  return new Server(httpServer, {
    serveClient: false,
    // The largest legitimate request (a join with the device's capabilities) is ~10 KB.
    maxHttpBufferSize: 128 * 1024,
    adapter: constructible(adapter),
    connectionStateRecovery: {
      maxDisconnectionDuration: reconnectGraceMs,
      // Middlewares run again on recovery, so a revoked identity cannot slip back in.
      skipMiddlewares: false,
    },
  });
}

/** socket.io calls `new` on its adapter option, which an arrow-function factory cannot take. */
function constructible(adapter: SocketAdapter): SocketAdapter {
  if (adapter.prototype !== undefined) return adapter;
  const factory = adapter as (nsp: Namespace) => Adapter;
  return function adapterOf(nsp: Namespace) {
    return factory(nsp);
  } as never;
}
