import type { Redis } from 'ioredis';

/** A node's ownership of one circle: who, and the fencing epoch its saves carry. */
export interface Lease {
  nodeId: string;
  epoch: number;
}

const leaseKey = (roomKey: string) => `peercircle:lease:${roomKey}`;
const epochKey = (roomKey: string) => `peercircle:epoch:${roomKey}`;
const leaseValue = (lease: Lease) => `${lease.nodeId}|${lease.epoch}`;

/** Only when nobody holds the lease: a new epoch, and the lease with it. */
const ACQUIRE = `
if redis.call('EXISTS', KEYS[1]) == 1 then return false end
local epoch = redis.call('INCR', KEYS[2])
redis.call('SET', KEYS[1], ARGV[1] .. '|' .. epoch, 'PX', ARGV[2])
return epoch`;
/** Only the holder renews or releases: compare and act in one step. */
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * Circle ownership leases in Redis: one key per circle holding `node|epoch`, which expires unless its
 * holder renews it. The epoch grows with every new owner; saved states carry it, so a node that lost
 * its lease (stalled, partitioned) cannot overwrite what the next owner saved.
 */
export class CircleLeases {
  constructor(private readonly redis: Redis) {}

  async owner(roomKey: string): Promise<Lease | null> {
    const value = await this.redis.get(leaseKey(roomKey));
    if (value === null) return null;
    const separator = value.lastIndexOf('|');
    return { nodeId: value.slice(0, separator), epoch: Number(value.slice(separator + 1)) };
  }

  /** The lease, if nobody held it. */
  async acquire(roomKey: string, nodeId: string, ttlMs: number): Promise<Lease | null> {
    const epoch = (await this.redis.eval(ACQUIRE, 2, leaseKey(roomKey), epochKey(roomKey), nodeId, ttlMs)) as number | null;
    return epoch === null ? null : { nodeId, epoch };
  }

  /** For each lease, whether it is still ours (renewed) — false means another node may own the circle now. */
  async renew(leases: ReadonlyMap<string, Lease>, ttlMs: number): Promise<Map<string, boolean>> {
    const keys = [...leases.keys()];
    const pipeline = this.redis.pipeline();
    for (const roomKey of keys) pipeline.eval(RENEW, 1, leaseKey(roomKey), leaseValue(leases.get(roomKey)!), ttlMs);
    const results = (await pipeline.exec()) ?? [];
    return new Map(keys.map((roomKey, index) => [roomKey, results[index]?.[0] === null && results[index]?.[1] === 1]));
  }

  async release(roomKey: string, lease: Lease): Promise<void> {
    await this.redis.eval(RELEASE, 1, leaseKey(roomKey), leaseValue(lease));
  }
}
