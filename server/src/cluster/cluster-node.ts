import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { nodeIdSchema } from '@peercircle/shared';
import type { MediaRooms } from '../media/media-rooms';
import type { WorkerPool } from '../media/worker-pool';
import { CircleLeases } from './circle-leases';
import { CircleOwnership } from './circle-ownership';
import { LoadReporter } from './load-reporter';
import { NodeLoads } from './node-loads';

export interface ClusterSettings {
  REDIS_URL: string;
  NODE_ID: string;
  CLUSTER_LEASE_MS: number;
}

/** How often a node reports its load; a report stands for three of these. */
const LOAD_REPORT_MS = 2_000;

/**
 * This process as one node of a cluster: its Redis connections (commands, and the publish/subscribe
 * pair socket.io's Redis adapter needs), the circles it owns, and its load reports.
 */
export class ClusterNode {
  readonly ownership: CircleOwnership;
  private reporter: LoadReporter | null = null;
  private hosting: (roomKey: string) => boolean = () => false;

  private constructor(
    readonly nodeId: string,
    private readonly redis: Redis,
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly loads: NodeLoads,
    leaseMs: number,
    private readonly logger: Logger,
  ) {
    this.ownership = new CircleOwnership(new CircleLeases(redis), loads, { nodeId, leaseMs, isHosting: (roomKey) => this.hosting(roomKey), clock: Date.now }, logger);
  }

  /** Connects to Redis; rejects when it cannot be reached. */
  static async connect(settings: ClusterSettings, logger: Logger): Promise<ClusterNode> {
    // Commands fail fast while Redis is away instead of queueing without bound.
    const redis = new Redis(settings.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5_000 });
    const pub = redis.duplicate();
    const sub = redis.duplicate();
    for (const client of [redis, pub, sub]) client.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis connection problem'));
    try {
      await Promise.all([redis.connect(), pub.connect(), sub.connect()]);
    } catch (error) {
      for (const client of [redis, pub, sub]) client.disconnect();
      throw error;
    }
    return new ClusterNode(settings.NODE_ID, redis, pub, sub, new NodeLoads(redis, LOAD_REPORT_MS * 3), settings.CLUSTER_LEASE_MS, logger);
  }

  /** socket.io's Redis adapter: broadcasts and `disconnectSockets` reach every node's connections. */
  socketAdapter(): ReturnType<typeof createAdapter> {
    return createAdapter(this.pub, this.sub, { key: 'peercircle:socket.io' });
  }

  /** Starts reporting load and renewing leases, once the node's media exists. */
  async start(media: { pool: WorkerPool; rooms: MediaRooms }, isHosting: (roomKey: string) => boolean): Promise<void> {
    this.hosting = isHosting;
    this.reporter = new LoadReporter(this.loads, this.nodeId, media, () => this.ownership.circleCount, LOAD_REPORT_MS, this.logger);
    this.ownership.on('changed', () => void this.reporter?.reportNow());
    this.ownership.start();
    await this.reporter.start();
  }

  /** Leaves the cluster cleanly: its circles can move at once, and it drops out of placement. */
  async close(): Promise<void> {
    this.reporter?.stop();
    await this.ownership.stop();
    await this.loads.withdraw(this.nodeId).catch(() => undefined);
    for (const client of [this.redis, this.pub, this.sub]) client.disconnect();
  }
}

/** The node a client asked the load balancer for (`?node=` on its socket.io URL), if it named a valid one. */
export function requestedNode(query: unknown): string | undefined {
  const value = (query as Record<string, unknown> | undefined)?.['node'];
  const parsed = nodeIdSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
