import { EventEmitter, once } from 'node:events';
import * as mediasoup from 'mediasoup';
import type { types as mediasoupTypes } from 'mediasoup';
import type { Logger } from 'pino';

export interface WorkerPoolOptions {
  size: number;
  listenIp: string;
  announcedAddress: string | undefined;
  /** Worker slot i listens for media on basePort + i; 0 lets each worker pick a free port. */
  basePort: number;
  logLevel: mediasoupTypes.WorkerLogLevel;
  logger: Logger;
}

/** One mediasoup worker process with the WebRTC server that owns its media port. */
export interface WorkerSlot {
  index: number;
  worker: mediasoupTypes.Worker;
  webRtcServer: mediasoupTypes.WebRtcServer;
  /** Participants currently hosted; used to place new rooms on the least-loaded worker. */
  load: number;
}

/** What the live workers themselves (the C++ side) hold, summed: a leak shows here even when our maps forget it. */
export interface WorkerObjectCensus {
  routers: number;
  webRtcTransports: number;
  /** Every object registered in the workers (WebRTC servers, routers, transports, producers, consumers, observers). */
  allObjects: number;
}

interface WorkerPoolEvents {
  /** The slot's worker died; every router on it is gone. A replacement is being started. */
  workerDied: [slot: WorkerSlot];
  workerReplaced: [slot: WorkerSlot];
}

/** A worker slot that could not start: its process did not run, or its media port could not be opened. */
export class WorkerStartFailure extends Error {
  constructor(
    readonly workerIndex: number,
    readonly stage: 'process' | 'media-port',
    readonly mediaPort: number,
    cause: unknown,
  ) {
    super(`mediasoup worker ${workerIndex} failed to start (${stage}): ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'WorkerStartFailure';
  }
}

/** Keeps one worker per slot alive, replacing workers that die. */
export class WorkerPool extends EventEmitter<WorkerPoolEvents> {
  private readonly slots: (WorkerSlot | undefined)[];
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    super();
    this.slots = new Array<WorkerSlot | undefined>(options.size).fill(undefined);
  }

  async start(): Promise<void> {
    await Promise.all(this.slots.map((_, index) => this.startSlot(index)));
  }

  get liveWorkerCount(): number {
    return this.slots.filter((slot) => slot !== undefined && !slot.worker.closed).length;
  }

  get workerPids(): number[] {
    return this.liveSlots().map((slot) => slot.worker.pid);
  }

  /**
   * The least-loaded live worker; right after a worker died there may be none for a moment, so this
   * waits for the replacement rather than failing the join that happens to arrive first.
   */
  async leastLoadedWhenAvailable(timeoutMs: number): Promise<WorkerSlot> {
    if (this.liveSlots().length === 0 && !this.closed) {
      await once(this, 'workerReplaced', { signal: AbortSignal.timeout(timeoutMs) }).catch(() => undefined);
    }
    return this.leastLoaded();
  }

  /** The live worker hosting the fewest participants. */
  leastLoaded(): WorkerSlot {
    const live = this.liveSlots();
    const best = live.reduce<WorkerSlot | undefined>(
      (chosen, slot) => (chosen === undefined || slot.load < chosen.load ? slot : chosen),
      undefined,
    );
    if (!best) throw new Error('no live mediasoup worker');
    return best;
  }

  async objectCensus(): Promise<WorkerObjectCensus> {
    const census: WorkerObjectCensus = { routers: 0, webRtcTransports: 0, allObjects: 0 };
    for (const slot of this.liveSlots()) {
      // A worker that dies during the dump simply counts as empty.
      const [worker, server] = await Promise.all([slot.worker.dump(), slot.webRtcServer.dump()]).catch(() => [null, null]);
      if (!worker || !server) continue;
      census.routers += worker.routerIds.length;
      census.webRtcTransports += server.webRtcTransportIds.length;
      census.allObjects += worker.channelMessageHandlers.channelRequestHandlers.length;
    }
    return census;
  }

  /** CPU time (user + system) the live workers have used since they started, in milliseconds. */
  async cpuTimeMs(): Promise<number> {
    const usages = await Promise.all(this.liveSlots().map((slot) => slot.worker.getResourceUsage().catch(() => null)));
    return usages.reduce((sum, usage) => sum + (usage ? usage.ru_utime + usage.ru_stime : 0), 0);
  }

  close(): void {
    this.closed = true;
    for (const slot of this.liveSlots()) slot.worker.close();
  }

  private liveSlots(): WorkerSlot[] {
    return this.slots.filter((slot): slot is WorkerSlot => slot !== undefined && !slot.worker.closed);
  }

  private async startSlot(index: number): Promise<WorkerSlot> {
    const { logger, listenIp, announcedAddress, basePort, logLevel } = this.options;
    const port = basePort === 0 ? 0 : basePort + index;
    const worker = await mediasoup.createWorker({ logLevel }).catch((error: unknown) => {
      throw new WorkerStartFailure(index, 'process', port, error);
    });
    const listen = { ip: listenIp, port, ...(announcedAddress ? { announcedAddress } : {}) };
    const webRtcServer = await worker
      .createWebRtcServer({
        listenInfos: [
          { protocol: 'udp', ...listen },
          { protocol: 'tcp', ...listen },
        ],
      })
      .catch((error: unknown) => {
        worker.close();
        throw new WorkerStartFailure(index, 'media-port', port, error);
      });
    const slot: WorkerSlot = { index, worker, webRtcServer, load: 0 };
    this.slots[index] = slot;
    logger.info({ workerIndex: index, pid: worker.pid, mediaPort: port }, 'mediasoup worker started');
    worker.on('died', (error) => this.handleDeath(slot, error));
    return slot;
  }

  private handleDeath(slot: WorkerSlot, error: Error): void {
    const { logger } = this.options;
    logger.error({ workerIndex: slot.index, pid: slot.worker.pid, err: error }, 'mediasoup worker died');
    this.slots[slot.index] = undefined;
    this.emit('workerDied', slot);
    if (this.closed) return;
    void this.replace(slot.index);
  }

  private async replace(index: number, attempt = 1): Promise<void> {
    try {
      const slot = await this.startSlot(index);
      this.emit('workerReplaced', slot);
    } catch (error) {
      const delayMs = Math.min(30_000, 500 * 2 ** attempt);
      this.options.logger.error({ workerIndex: index, err: error, delayMs }, 'worker restart failed; retrying');
      setTimeout(() => void this.replace(index, attempt + 1), delayMs).unref();
    }
  }
}
