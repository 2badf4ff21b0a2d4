import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { redisTestsEnabled, startRedisServer, type RedisServer } from '../../test/support/redis-server';
import { CircleLeases } from './circle-leases';
import { CircleOwnership } from './circle-ownership';
import { NodeLoads } from './node-loads';

const LEASE_MS = 600;
const silent = pino({ level: 'silent' });

describe.skipIf(!redisTestsEnabled())('circle ownership on a real Redis', () => {
  let server: RedisServer;
  let redis: Redis;
  const started: CircleOwnership[] = [];

  beforeAll(async () => {
    server = await startRedisServer();
    redis = new Redis(server.url);
  });
  afterAll(async () => {
    await Promise.all(started.map((node) => node.stop()));
    redis.disconnect();
    await server.stop();
  });
  beforeEach(async () => {
    await redis.flushall();
  });

  const node = async (nodeId: string, options: { circles?: number; hosting?: boolean } = {}) => {
    const loads = new NodeLoads(redis, 10_000);
    await loads.report({ nodeId, workers: 1, consumers: 0, circles: options.circles ?? 0, workerCpuPercent: 5 });
    const ownership = new CircleOwnership(new CircleLeases(redis), loads, { nodeId, leaseMs: LEASE_MS, isHosting: () => options.hosting ?? true, clock: Date.now }, silent);
    started.push(ownership);
    return ownership;
  };

  it('places a new circle on the node with the most spare capacity and sends others there', async () => {
    const n1 = await node('n1', { circles: 2 });
    const n2 = await node('n2', { circles: 0 });
    await expect(n1.claim('s1', undefined)).rejects.toMatchObject({ code: 'wrong_node', node: 'n2' });
    await n2.claim('s1', 'n2');
    expect(n2.owns('s1')).toBe(true);
    // Now owned: n1 points at n2 whatever n1's own placement would say.
    await expect(n1.claim('s1', 'n1')).rejects.toMatchObject({ code: 'wrong_node', node: 'n2' });
  });

  it('gives a circle to exactly one of many nodes claiming it at once', async () => {
    const nodes = await Promise.all(['n1', 'n2', 'n3'].map((id) => node(id)));
    // Each was sent to itself (as after a redirect), so each tries to take it.
    const results = await Promise.allSettled(nodes.map((n, i) => n.claim('s2', `n${i + 1}`)));
    const owners = nodes.filter((n) => n.owns('s2'));
    expect(owners).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(['wrong_node', 'wrong_node']);
  });

  it("takes over a dead owner's circle once its lease runs out, with a higher fencing epoch", async () => {
    const n1 = await node('n1');
    const n2 = await node('n2', { circles: 5 });
    await n1.claim('s3', 'n1');
    const firstEpoch = n1.epochOf('s3');
    // n1 "dies": it stops renewing. A client sent to n1 lands on n2 (the balancer could not reach n1).
    const before = Date.now();
    await n2.claim('s3', 'n1');
    const waited = Date.now() - before;
    expect(n2.owns('s3')).toBe(true);
    expect(n2.epochOf('s3')).toBeGreaterThan(firstEpoch);
    expect(waited).toBeGreaterThanOrEqual(LEASE_MS - 250);
    expect(waited).toBeLessThan(LEASE_MS + 1_000);
  });

  it('keeps a renewed lease well past its length, and reports it lost when another node took it', async () => {
    const n1 = await node('n1');
    n1.start();
    await n1.claim('s4', 'n1');
    await new Promise((resolve) => setTimeout(resolve, LEASE_MS * 3));
    expect(n1.owns('s4')).toBe(true);
    const lost = new Promise<string>((resolve) => n1.once('lost', resolve));
    await redis.set('peercircle:lease:s4', 'n9|999', 'PX', 10_000);
    expect(await lost).toBe('s4');
    expect(n1.owns('s4')).toBe(false);
  });

  it('releases its leases on a clean stop, so the circle moves without waiting', async () => {
    const n1 = await node('n1');
    const n2 = await node('n2', { circles: 5 });
    await n1.claim('s5', 'n1');
    await n1.stop();
    const before = Date.now();
    await n2.claim('s5', 'n1');
    expect(Date.now() - before).toBeLessThan(200);
  });

  it('gives up with `unavailable` when the owner it was sent to keeps renewing (reachable after all)', async () => {
    const n1 = await node('n1');
    n1.start();
    await n1.claim('s6', 'n1');
    const n2 = await node('n2');
    await expect(n2.claim('s6', 'n1')).rejects.toMatchObject({ code: 'unavailable' });
    expect(n1.owns('s6')).toBe(true);
  }, 10_000);
});
