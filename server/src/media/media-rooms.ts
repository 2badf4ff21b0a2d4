import { EventEmitter } from 'node:events';
import type { Logger } from 'pino';
import { DomainError, type RtpCapabilities } from '@peercircle/shared';
import { MediaRoom, probeRouterCapabilities, type MediaObjectCounts, type MediaRoomLimits } from './media-room';
import type { WorkerPool, WorkerSlot } from './worker-pool';

const WORKER_WAIT_MS = 10_000;

interface MediaRoomsEvents {
  roomCreated: [room: MediaRoom];
}

/**
 * Finds or creates the media room for a room id. Concurrent joins of a new room share one pending
 * creation, so a room is never created twice; rooms whose worker died are dropped.
 */
export class MediaRooms extends EventEmitter<MediaRoomsEvents> {
  private readonly rooms = new Map<string, MediaRoom>();
  private readonly pending = new Map<string, Promise<MediaRoom>>();
  private capabilities: Promise<RtpCapabilities> | null = null;

  constructor(
    private readonly pool: WorkerPool,
    private readonly limits: MediaRoomLimits,
    private readonly logger: Logger,
  ) {
    super();
    pool.on('workerDied', (slot) => this.dropRoomsOn(slot));
  }

  get(roomId: string): MediaRoom | undefined {
    const room = this.rooms.get(roomId);
    return room && !room.closed ? room : undefined;
  }

  async getOrCreate(roomId: string): Promise<MediaRoom> {
    const existing = this.get(roomId);
    if (existing) return existing;
    const inFlight = this.pending.get(roomId);
    if (inFlight) return inFlight;
    const creation = this.create(roomId).finally(() => this.pending.delete(roomId));
    this.pending.set(roomId, creation);
    return creation;
  }

  /**
   * What every router offers. All routers are created from the same codec list, so one probe router
   * answers for all of them; clients load their device with it before joining any room.
   */
  routerRtpCapabilities(): Promise<RtpCapabilities> {
    this.capabilities ??= this.pool
      .leastLoadedWhenAvailable(WORKER_WAIT_MS)
      .then((slot) => probeRouterCapabilities(slot.worker))
      .catch((error: unknown) => {
        this.capabilities = null;
        throw error;
      });
    return this.capabilities;
  }

  /** Closes the room once its last participant has left. */
  releaseIfEmpty(roomId: string): void {
    const room = this.rooms.get(roomId);
    if (!room || room.peerCount > 0) return;
    this.rooms.delete(roomId);
    room.close();
    this.logger.info({ roomId }, 'media room closed (empty)');
  }

  stats(): { rooms: number; participants: number } {
    const live = [...this.rooms.values()].filter((room) => !room.closed);
    return { rooms: live.length, participants: live.reduce((sum, room) => sum + room.peerCount, 0) };
  }

  /** Live transports, producers and consumers across all rooms, as the workers report them. */
  async mediaObjectCounts(): Promise<MediaObjectCounts> {
    const live = [...this.rooms.values()].filter((room) => !room.closed);
    // A room whose worker dies during the dump simply counts as empty.
    const dumps = await Promise.all(live.map((room) => room.dump().catch(() => null)));
    const total: MediaObjectCounts = { transports: 0, producers: 0, pausedProducers: 0, consumers: 0, pausedConsumers: 0 };
    for (const dump of dumps) {
      if (!dump) continue;
      for (const key of Object.keys(total) as (keyof MediaObjectCounts)[]) total[key] += dump[key];
    }
    return total;
  }

  private async create(roomId: string): Promise<MediaRoom> {
    let slot: WorkerSlot;
    try {
      slot = await this.pool.leastLoadedWhenAvailable(WORKER_WAIT_MS);
    } catch {
      throw new DomainError('media_unavailable', 'Media server is restarting; try again in a moment');
    }
    const room = await MediaRoom.create(roomId, slot, this.limits);
    this.rooms.set(roomId, room);
    this.logger.info({ roomId, workerIndex: slot.index }, 'media room created');
    this.emit('roomCreated', room);
    return room;
  }

  private dropRoomsOn(slot: WorkerSlot): void {
    for (const [roomId, room] of this.rooms) {
      if (room.slot !== slot) continue;
      this.rooms.delete(roomId);
      this.logger.warn({ roomId }, 'media room lost with its worker');
    }
  }
}
