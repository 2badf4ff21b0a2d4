import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { DomainError } from '@peercircle/shared';
import type { CircleLeases, Lease } from './circle-leases';
import type { NodeLoads } from './node-loads';
import { placeCircle } from './placement';

export interface OwnershipOptions {
  nodeId: string;
  leaseMs: number;
  /** Whether this node still hosts the circle (someone in it, or its state kept for an idle while). */
  isHosting(roomKey: string): boolean;
  clock(): number;
}

interface OwnershipEvents {
  /** Another node may own the circle now (the lease ran out or was taken): stop serving it. */
  lost: [roomKey: string];
  /** The number of circles owned changed (taken, released or lost). */
  changed: [];
}

/** A claimed circle nobody entered after this long is let go (e.g. the door refused everyone). */
const UNUSED_CLAIM_MS = 30_000;
const WAIT_STEP_MS = 200;

const wrongNode = (nodeId: string) => new DomainError('wrong_node', 'This circle is hosted by another server', nodeId);

/**
 * Which circles this node owns. A join asks `claim` first: the circle's owner serves it; without an
 * owner, the node with the most spare media capacity takes it. Leases are renewed every third of
 * their length; one that cannot be renewed is reported `lost`.
 */
export class CircleOwnership extends EventEmitter<OwnershipEvents> {
  private readonly owned = new Map<string, { lease: Lease; claimedAt: number }>();
  private renewing: NodeJS.Timeout | null = null;

  constructor(
    private readonly leases: CircleLeases,
    private readonly loads: NodeLoads,
    private readonly options: OwnershipOptions,
    private readonly logger: Logger,
  ) {
    super();
  }

  get circleCount(): number {
    return this.owned.size;
  }

  /** The fencing epoch of an owned circle's lease; 0 when this node does not own it. */
  epochOf(roomKey: string): number {
    return this.owned.get(roomKey)?.lease.epoch ?? 0;
  }

  owns(roomKey: string): boolean {
    return this.owned.has(roomKey);
  }

  /**
   * Returns once this node owns the circle, or throws `wrong_node` naming the node that does (or should).
   * `sentTo` is the node the client asked the load balancer for: when it is another node and that node
   * holds the lease, the balancer could not reach it, so its lease is waited out and the circle taken over.
   */
  async claim(roomKey: string, sentTo: string | undefined): Promise<void> {
    if (this.owned.has(roomKey)) return;
    const { nodeId, leaseMs, clock } = this.options;
    const giveUpAt = clock() + leaseMs + 2_000;
    for (;;) {
      const owner = await this.leases.owner(roomKey);
      if (owner?.nodeId === nodeId) return this.adopt(roomKey, owner);
      if (owner && sentTo !== owner.nodeId) throw wrongNode(owner.nodeId);
      if (!owner) {
        const target = sentTo === nodeId ? nodeId : await this.placement(sentTo);
        if (target !== nodeId) throw wrongNode(target);
        const lease = await this.leases.acquire(roomKey, nodeId, leaseMs);
        if (lease) return this.adopt(roomKey, lease);
        continue; // another node took it a moment ago: follow it
      }
      if (clock() > giveUpAt) throw new DomainError('unavailable', 'The circle is moving to another server; try again in a moment');
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
  }

  /** This node no longer hosts the circle: another may take it at once. */
  async release(roomKey: string): Promise<void> {
    const held = this.owned.get(roomKey);
    if (!held) return;
    this.owned.delete(roomKey);
    this.emit('changed');
    await this.leases.release(roomKey, held.lease).catch((error: unknown) => this.logger.warn({ roomKey, err: describe(error) }, 'lease not released'));
  }

  /** Another node owns the circle now (its newer save was found): stop serving it. */
  surrender(roomKey: string): void {
    if (!this.owned.delete(roomKey)) return;
    this.logger.warn({ roomKey }, 'circle taken over by another node');
    this.emit('lost', roomKey);
    this.emit('changed');
  }

  start(): void {
    this.renewing = setInterval(() => void this.renewAll(), Math.max(100, Math.floor(this.options.leaseMs / 3)));
    this.renewing.unref();
  }

  /** Stops renewing and releases every lease (a clean shutdown: the circles move at once). */
  async stop(): Promise<void> {
    if (this.renewing) clearInterval(this.renewing);
    this.renewing = null;
    await Promise.all([...this.owned.keys()].map((roomKey) => this.release(roomKey)));
  }

  /** Where a circle without an owner goes; a node the client was sent to but did not reach is left out. */
  private async placement(unreachable: string | undefined): Promise<string> {
    const candidates = (await this.loads.live()).filter((load) => load.nodeId !== unreachable);
    return placeCircle(candidates) ?? this.options.nodeId;
  }

  private adopt(roomKey: string, lease: Lease): void {
    const isNew = !this.owned.has(roomKey);
    this.owned.set(roomKey, { lease, claimedAt: this.options.clock() });
    if (!isNew) return;
    this.emit('changed');
    this.logger.info({ roomKey, epoch: lease.epoch }, 'circle owned by this node');
  }

  private async renewAll(): Promise<void> {
    const now = this.options.clock();
    for (const [roomKey, { claimedAt }] of this.owned) {
      if (!this.options.isHosting(roomKey) && now - claimedAt > UNUSED_CLAIM_MS) void this.release(roomKey);
    }
    const current = new Map([...this.owned].map(([roomKey, { lease }]) => [roomKey, lease]));
    if (current.size === 0) return;
    let renewed: Map<string, boolean>;
    try {
      renewed = await this.leases.renew(current, this.options.leaseMs);
    } catch (error) {
      // Redis unreachable: nobody else can take the circles either; try again next time.
      this.logger.warn({ err: describe(error) }, 'leases not renewed');
      return;
    }
    for (const [roomKey, stillOurs] of renewed) {
      if (stillOurs || this.owned.get(roomKey)?.lease !== current.get(roomKey)) continue;
      this.owned.delete(roomKey);
      this.logger.warn({ roomKey }, 'circle lease lost');
      this.emit('lost', roomKey);
      this.emit('changed');
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
}
