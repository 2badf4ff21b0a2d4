import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { clusterJoinGate } from './cluster/cluster-join-gate';
import type { ClusterNode } from './cluster/cluster-node';
import type { ServerConfig } from './config';
import { refuseUnroutable } from './http/error-handling';
import { trustProxyOption } from './http/trust-proxy';
import type { WorkerPool } from './media/worker-pool';
import clientApp from './plugins/client-app';
import clusterPlugin from './plugins/cluster';
import health from './plugins/health';
import httpFoundation from './plugins/http-foundation';
import restApi from './plugins/rest-api';
import services from './plugins/services';
import realtime, { type RealtimeOptions } from './realtime/realtime-plugin';
import type { Repositories } from './repositories';

export interface AppOptions {
  config: ServerConfig;
  logger: Logger;
  /**
   * Started by the caller, so tests can share one pool across apps. Without one the app is the REST
   * API alone: no socket.io, no media rooms, and /api/health reports no workers and status ok.
   */
  pool?: WorkerPool | undefined;
  /** Opened and migrated by the caller. */
  repos: Repositories;
  /** socket.io's adapter (with a pool only); by default one process with revocable connection-state recovery. */
  socketAdapter?: RealtimeOptions['socketAdapter'];
  /** Asked before the door on every room join (with a pool only). None by default. */
  joinGate?: RealtimeOptions['joinGate'];
  /**
   * Cluster mode (REDIS_URL): this node, connected by the caller. Joins go through its circle
   * ownership, socket.io through its Redis adapter, saves carry its lease epochs; open sessions are not
   * restored at start — each comes back on whichever node its next join makes the owner.
   */
  cluster?: ClusterNode | undefined;
}

/**
 * Builds the server without listening, as a composition of plugins: services (storage and live
 * circle sessions), the HTTP foundation, realtime (socket.io, media rooms, the door) when given a
 * worker pool, health, the REST API and the client app. Open sessions saved before a restart are
 * restored before it returns.
 */
export async function buildApp({ config, logger, pool, repos, socketAdapter, joinGate, cluster }: AppOptions): Promise<FastifyInstance> {
  // Typed as Fastify's base logger so route plugins accept the instance; it is still our pino logger.
  // forceCloseConnections: idle keep-alive connections must not hold a shutdown open.
  // request.ip, and so every rate limit, follows X-Forwarded-For only from a proxy we were told to trust.
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    forceCloseConnections: true,
    frameworkErrors: refuseUnroutable,
  });
  await app.register(services, { config, logger, repos, ownerEpoch: cluster && ((sessionId) => cluster.ownership.epochOf(sessionId)) });
  await app.register(httpFoundation, { config });
  if (pool && cluster) {
    const clusterJoin = clusterJoinGate(cluster.ownership);
    await app.register(realtime, {
      config,
      logger,
      pool,
      socketAdapter: cluster.socketAdapter(),
      joinGate: (roomKey, socket) => clusterJoin(roomKey, socket.data.identity, socket.handshake.query),
      nodeId: cluster.nodeId,
    });
    await app.register(clusterPlugin, { cluster, pool });
  } else if (pool) {
    await app.register(realtime, { config, logger, pool, socketAdapter, joinGate });
  }
  await app.register(health, { media: pool ? { pool, rooms: app.mediaRooms } : null });
  await app.register(restApi, { config });
  await app.register(clientApp, { distDir: config.clientDistDir });

  if (cluster) return app;
  const restored = await app.services.liveSessions.restoreOpenSessions();
  if (restored > 0) logger.info({ sessions: restored }, 'open sessions restored after restart');
  return app;
}
