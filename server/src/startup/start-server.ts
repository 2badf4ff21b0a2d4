import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from '../app';
import { ClusterNode } from '../cluster/cluster-node';
import { loadServerConfig, type ServerConfig } from '../config';
import { createLogger } from '../logger';
import { WorkerPool, WorkerStartFailure } from '../media/worker-pool';
import { guardProcess } from '../process-guards';
import { openStorage, type OpenStorage } from '../storage-setup';
import { listenProblem, mediaPortProblem } from './address-problem';
import { databaseProblem } from './database-problem';
import { dataDirProblem } from './data-dir';
import { StartupProblem } from './startup-problem';

export interface RunningServer {
  logger: Logger;
  /** Stops taking connections, then closes media workers and the database. */
  close(): Promise<void>;
}

/**
 * Starts PeerCircle from its environment. A failure that a setting explains is thrown as a
 * StartupProblem naming it; whatever was already started is closed first.
 */
export async function startServer(env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const config = loadServerConfig(env);
  const logger = createLogger(config.LOG_LEVEL);
  guardProcess(logger);
  const pool = new WorkerPool({
    size: config.mediasoupWorkers,
    listenIp: config.MEDIA_LISTEN_IP,
    announcedAddress: config.MEDIA_ANNOUNCED_ADDRESS,
    basePort: config.RTC_PORT,
    logLevel: config.MEDIASOUP_LOG_LEVEL,
    logger: logger.child({ component: 'worker-pool' }),
  });
  let storage: OpenStorage | null = null;
  let app: FastifyInstance | null = null;
  let cluster: ClusterNode | null = null;
  try {
    await pool.start().catch((error: unknown) => explain(error, workerProblem(error, config)));
    storage = await openStorage(config, logger.child({ component: 'storage' })).catch((error: unknown) =>
      explain(error, config.DATABASE_URL ? databaseProblem(error, config.DATABASE_URL) : dataDirProblem(error, config.DATA_DIR)),
    );
    if (config.REDIS_URL && config.NODE_ID) {
      const settings = { REDIS_URL: config.REDIS_URL, NODE_ID: config.NODE_ID, CLUSTER_LEASE_MS: config.CLUSTER_LEASE_MS };
      cluster = await ClusterNode.connect(settings, logger.child({ component: 'cluster', nodeId: config.NODE_ID })).catch((error: unknown) =>
        explain(error, redisProblem(error)),
      );
    }
    app = await buildApp({ config, logger, pool, repos: storage.repos, cluster: cluster ?? undefined });
    await app.listen({ port: config.PORT, host: config.HOST }).catch((error: unknown) => explain(error, listenProblem(error, config.HOST, config.PORT)));
  } catch (error) {
    await app?.close().catch(() => undefined);
    await cluster?.close().catch(() => undefined);
    pool.close();
    await storage?.close().catch(() => undefined);
    throw error;
  }
  const running = { app, storage, cluster };
  return {
    logger,
    async close() {
      await running.app.close();
      await running.cluster?.close();
      pool.close();
      await running.storage.close();
    },
  };
}

function workerProblem(error: unknown, config: ServerConfig): StartupProblem | null {
  if (!(error instanceof WorkerStartFailure)) return null;
  if (error.stage === 'media-port') return mediaPortProblem(error.cause, config.MEDIA_LISTEN_IP, error.mediaPort, error.workerIndex);
  const reason = error.cause instanceof Error ? error.cause.message.split('\n')[0] : 'unknown error';
  return new StartupProblem(
    'MEDIASOUP_WORKER_BIN',
    `the mediasoup worker did not start (${reason}) — set MEDIASOUP_WORKER_BIN to a working mediasoup-worker binary (scripts/ensure-mediasoup-worker.sh builds one)`,
  );
}

function redisProblem(error: unknown): StartupProblem {
  const reason = error instanceof Error ? error.message.split('\n')[0] : 'unknown error';
  return new StartupProblem('REDIS_URL', `Redis could not be reached (${reason}) — check REDIS_URL and that redis-server runs`);
}

function explain(error: unknown, problem: StartupProblem | null): never {
  throw problem ?? error;
}
