import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startRedisServer } from '../../../server/test/support/redis-server';
import { freePort } from '../../../server/test/support/server-process';
import { allocateUnusedPort, startServer, type ServerProcess } from '../server-process';
import { removeOnExit, trackUntilExit } from './child-processes';
import { createClusterDatabase } from './cluster-database';
import { startHaproxy, type HaproxyServerStat } from './haproxy';

export interface ClusterNode {
  /** NODE_ID, n1…nN; also its HAProxy server name (`?node=n1`). */
  id: string;
  /** The node itself, bypassing HAProxy. */
  url: string;
  port: number;
  /** First media port (RTC_PORT); worker i listens on rtcPort + i. */
  rtcPort: number;
  /** Changes on restart(). */
  pid: number;
  /** SIGKILL: a crash. */
  kill(): Promise<void>;
  /** Starts it again with the same port and environment (after kill() or stop()). */
  restart(): Promise<void>;
  /** SIGTERM: a graceful shutdown. */
  stop(): Promise<void>;
}

export interface Cluster {
  /** HAProxy, in front of every node. */
  url: string;
  redisUrl: string;
  databaseUrl: string;
  nodes: ClusterNode[];
  /** The processes around the nodes, for benchmarks that measure their CPU. */
  supportPids: { haproxy: number; redis: number };
  /** Each node as HAProxy sees it (UP/DOWN, sessions sent). */
  haproxyStats(): Promise<HaproxyServerStat[]>;
  /** HAProxy's request log so far; each line names the node that answered (`nodes/n2`). */
  haproxyLog(): string;
  /** Stops HAProxy, the nodes and Redis, and drops the database. */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  nodes: number;
  /** HAProxy listens on basePort, node i (1-based) on basePort + i; media on port + 10000. Free ports if unset. */
  basePort?: number;
  /** Extra environment for every node (e.g. CLUSTER_LEASE_MS). */
  env?: Record<string, string | undefined>;
}

/**
 * A local PeerCircle cluster: a private Redis, a fresh PostgreSQL database, N nodes and HAProxy in
 * front (routing per the contract in haproxy-config.ts). Everything runs on 127.0.0.1.
 */
export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  if (!Number.isInteger(options.nodes) || options.nodes < 1) throw new Error('nodes must be a positive integer');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-cluster-'));
  const forgetDir = removeOnExit(dir);
  const cleanups: (() => Promise<void>)[] = [async () => {
    rmSync(dir, { recursive: true, force: true });
    forgetDir();
  }];
  const stop = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch((error: unknown) => console.error('cluster stop:', error));
  };
  try {
    const redis = await startRedisServer();
    trackUntilExit(redis.pid, redis.exited);
    cleanups.push(() => redis.stop());
    const database = await createClusterDatabase();
    cleanups.push(() => database.drop());

    const sessionSecret = randomBytes(32).toString('hex');
    const nodePorts: number[] = [];
    for (let index = 0; index < options.nodes; index += 1) {
      nodePorts.push(options.basePort === undefined ? await allocateUnusedPort() : options.basePort + index + 1);
    }
    const nodes = await Promise.all(nodePorts.map(async (port, index) => {
      const id = `n${index + 1}`;
      const dataDir = path.join(dir, id);
      mkdirSync(dataDir);
      const node = await startNode(id, port, {
        REDIS_URL: redis.url,
        NODE_ID: id,
        DATABASE_URL: database.url,
        SESSION_SECRET: sessionSecret,
        RTC_PORT: String(port + 10_000),
        MEDIASOUP_WORKERS: '1',
        MEDIA_ANNOUNCED_ADDRESS: undefined,
        DATA_DIR: dataDir,
        ...options.env,
      });
      return node;
    }));
    cleanups.push(() => Promise.all(nodes.map((node) => node.stop())).then(() => undefined));

    const haproxy = await startHaproxy(options.basePort ?? (await freePort()), nodes.map((node) => ({ id: node.id, host: '127.0.0.1', port: node.port })), dir);
    cleanups.push(() => haproxy.child.stop('SIGTERM'));
    return {
      url: haproxy.url,
      redisUrl: redis.url,
      databaseUrl: database.url,
      nodes,
      supportPids: { haproxy: haproxy.child.pid, redis: redis.pid },
      haproxyStats: haproxy.stats,
      haproxyLog: haproxy.log,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startNode(id: string, port: number, env: Record<string, string | undefined>): Promise<ClusterNode> {
  let server: ServerProcess | undefined;
  const launch = async () => {
    server = await startServer({ port, env });
    const pid = server.pid;
    // Forgotten by the exit hook once stop() or kill() has waited for it.
    let gone!: () => void;
    trackUntilExit(pid, new Promise<void>((resolve) => (gone = resolve)));
    const { stop, kill } = server;
    server.stop = () => stop().finally(gone);
    server.kill = () => kill().finally(gone);
    node.pid = pid;
  };
  const node: ClusterNode = {
    id,
    url: `http://127.0.0.1:${port}`,
    port,
    rtcPort: Number(env['RTC_PORT']),
    pid: 0,
    kill: async () => server?.kill(),
    stop: async () => server?.stop(),
    restart: async () => {
      await server?.stop();
      await launch();
    },
  };
  await launch();
  return node;
}
