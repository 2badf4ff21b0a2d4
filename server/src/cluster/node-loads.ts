import type { Redis } from 'ioredis';
import type { NodeLoad } from './placement';

const NODES = 'peercircle:nodes';
const nodeKey = (nodeId: string) => `peercircle:node:${nodeId}`;

/**
 * Each node's load in Redis: a hash per node that expires unless the node keeps reporting, so a node
 * that died drops out of placement by itself. Counts only — no circle or person is named here.
 */
export class NodeLoads {
  constructor(
    private readonly redis: Redis,
    /** How long a report stands without a newer one. */
    private readonly ttlMs: number,
  ) {}

  async report(load: NodeLoad): Promise<void> {
    const { nodeId, ...counts } = load;
    await this.redis
      .multi()
      .sadd(NODES, nodeId)
      .hset(nodeKey(nodeId), Object.fromEntries(Object.entries(counts).map(([name, value]) => [name, String(value)])))
      .pexpire(nodeKey(nodeId), this.ttlMs)
      .exec();
  }

  /** Every node with a standing report. */
  async live(): Promise<NodeLoad[]> {
    const nodeIds = await this.redis.smembers(NODES);
    const pipeline = this.redis.pipeline();
    for (const nodeId of nodeIds) pipeline.hgetall(nodeKey(nodeId));
    const results = (await pipeline.exec()) ?? [];
    const loads: NodeLoad[] = [];
    nodeIds.forEach((nodeId, index) => {
      const fields = results[index]?.[1] as Record<string, string> | undefined;
      if (!fields || Object.keys(fields).length === 0) return;
      loads.push({
        nodeId,
        workers: Number(fields['workers'] ?? 0),
        consumers: Number(fields['consumers'] ?? 0),
        circles: Number(fields['circles'] ?? 0),
        workerCpuPercent: Number(fields['workerCpuPercent'] ?? 0),
      });
    });
    return loads;
  }

  /** A node that stops cleanly leaves placement at once rather than when its report runs out. */
  async withdraw(nodeId: string): Promise<void> {
    await this.redis.multi().srem(NODES, nodeId).del(nodeKey(nodeId)).exec();
  }
}
