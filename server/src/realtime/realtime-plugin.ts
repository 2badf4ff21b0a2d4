import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Logger } from 'pino';
import { SessionMediaBridge } from '../circle/session-media-bridge';
import type { ServerConfig } from '../config';
import { CohortSessionEntry } from '../door/cohort-session-entry';
import { RoomDoor } from '../door/room-door';
import { LoginCookie } from '../http/login-cookie';
import { MediaRooms } from '../media/media-rooms';
import type { WorkerPool } from '../media/worker-pool';
import { DemoIdentities } from './demo-identity';
import { requestBudgetFor, RequestBudgets } from './request-budget';
import type { JoinGate } from './room-membership';
import { authenticateSockets } from './socket-auth';
import { SocketLobbyNotifier } from './socket-lobby-notifier';
import { createRealtimeServer, createSocketServer, type RealtimeServer, type SocketAdapter } from './socket-server';
import { participantChannel } from './socket-types';

export interface RealtimeOptions {
  config: ServerConfig;
  logger: Logger;
  /** Started by the caller, so tests can share one pool across apps. */
  pool: WorkerPool;
  /** socket.io's adapter; by default one process with revocable connection-state recovery. */
  socketAdapter?: SocketAdapter | undefined;
  /** Asked before the door on every join, with the room's key; throwing refuses the join. None by default. */
  joinGate?: JoinGate | undefined;
  /** Cluster mode: this node's id, named in join results so clients come back to it. */
  nodeId?: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    mediaRooms: MediaRooms;
    realtime: RealtimeServer;
  }
}

/**
 * socket.io on the app's HTTP server and everything a room needs behind it: media rooms on the
 * worker pool, the door, and the bridge that lets the circle's floor decide who is heard.
 */
async function realtimePlugin(app: FastifyInstance, { config, logger, pool, socketAdapter, joinGate, nodeId }: RealtimeOptions): Promise<void> {
  const { services, sessionRooms } = app;
  const io = createSocketServer(app.server, config.RECONNECT_GRACE_MS, socketAdapter);
  const mediaRooms = new MediaRooms(
    pool,
    { maxParticipants: config.MAX_PARTICIPANTS_PER_ROOM, maxIncomingBitrate: 2_500_000 },
    logger.child({ component: 'media' }),
  );
  // A whole circle lives on one node: its views never need the cluster's bus (`local`).
  app.sessionViews.connect({ sendView: (viewerId, update) => io.local.to(participantChannel(viewerId)).emit('session:update', update) });
  const bridge = new SessionMediaBridge(sessionRooms, mediaRooms, logger.child({ component: 'session-media' }));
  const cohortSessionEntry = new CohortSessionEntry(
    services.repositories,
    services.liveSessions,
    services.lobby,
    services.attendance,
    new SocketLobbyNotifier(io),
    Date.now,
    logger.child({ component: 'door' }),
  );
  const door = new RoomDoor(cohortSessionEntry, config.DEMO_ROOMS ? sessionRooms : null);
  const budgets = new RequestBudgets(requestBudgetFor(config.SOCKET_REQUESTS_PER_SECOND, config.CIRCLE_COMMANDS_PER_SECOND, Date.now));
  const demoIdentities = config.DEMO_ROOMS ? new DemoIdentities(config.serverSecret) : null;
  const loginCookie = new LoginCookie(config.secureCookies);
  authenticateSockets(io, {
    identify: async (cookieHeader) => services.logins.identifyLogin(loginCookie.read(app.parseCookie(cookieHeader ?? ''))),
    demoIdentities,
    publicOrigin: config.publicOrigin,
    isBlocked: (participantId) => budgets.isBlocked(participantId),
    connectionsOf: (participantId) => io.of('/').adapter.rooms.get(participantChannel(participantId))?.size ?? 0,
  });
  const realtime = createRealtimeServer(
    io,
    { rooms: mediaRooms, sessions: sessionRooms, bridge, door, liveSessions: services.liveSessions, budgets },
    { turnUrls: config.TURN_URLS, turnSecret: config.TURN_SECRET, reconnectGraceMs: config.RECONNECT_GRACE_MS, joinGate, nodeId },
    logger.child({ component: 'realtime' }),
  );
  services.logins.on('ended', (loginId) => realtime.endLogin(loginId));
  services.logins.on('endedAllFor', (subject) => realtime.expel(subject.id));
  app.decorate('mediaRooms', mediaRooms);
  app.decorate('realtime', realtime);
  // preClose runs before Fastify closes the HTTP server, which would otherwise wait on open websockets.
  app.addHook('preClose', async () => realtime.close());
  app.addHook('onClose', async () => bridge.close());
}

export default fp(realtimePlugin, { name: 'peercircle-realtime', fastify: '5.x', dependencies: ['peercircle-services'] });
