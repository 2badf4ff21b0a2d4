import type { Logger } from 'pino';
import type { MediaRooms } from '../media/media-rooms';
import type { WorkerPool } from '../media/worker-pool';
import type { NodeLoads } from './node-loads';
import type { NodeLoad } from './placement';

/** Reports this node's load every `intervalMs`, and at once (with the last media counts) when asked. */
export class LoadReporter {
  private timer: NodeJS.Timeout | null = null;
  private last: Omit<NodeLoad, 'circles'>;
  private lastCpu: { at: number; workerMs: number } | null = null;

  constructor(
    private readonly loads: NodeLoads,
    private readonly nodeId: string,
    private readonly media: { pool: WorkerPool; rooms: MediaRooms },
    private readonly circles: () => number,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {
    this.last = { nodeId, workers: media.pool.liveWorkerCount, consumers: 0, workerCpuPercent: 0 };
  }

  async start(): Promise<void> {
    await this.measureAndReport();
    this.timer = setInterval(() => void this.measureAndReport(), this.intervalMs);
    this.timer.unref();
  }

  /** Circles changed: placement elsewhere must see it now, not in a few seconds. */
  reportNow(): Promise<void> {
    return this.send();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async measureAndReport(): Promise<void> {
    try {
      const [counts, workerMs] = await Promise.all([this.media.rooms.mediaObjectCounts(), this.media.pool.cpuTimeMs()]);
      const now = Date.now();
      const cpu = this.lastCpu && now > this.lastCpu.at ? ((workerMs - this.lastCpu.workerMs) / (now - this.lastCpu.at)) * 100 : 0;
      this.lastCpu = { at: now, workerMs };
      this.last = { nodeId: this.nodeId, workers: this.media.pool.liveWorkerCount, consumers: counts.consumers, workerCpuPercent: Math.max(0, Math.round(cpu)) };
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.message : 'unknown' }, 'load not measured');
    }
    await this.send();
  }

  private async send(): Promise<void> {
    await this.loads.report({ ...this.last, circles: this.circles() }).catch((error: unknown) => {
      this.logger.warn({ err: error instanceof Error ? error.message : 'unknown' }, 'load not reported');
    });
  }
}
