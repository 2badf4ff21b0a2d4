import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

const RESOLUTION_MS = 20;
const WINDOW_MS = 10_000;

export interface EventLoopDelay {
  /** How late timers ran, beyond their due time: 99th percentile and maximum over the window. */
  p99Ms: number;
  maxMs: number;
  windowSeconds: number;
}

/**
 * Event-loop lag of this process, in consecutive windows of 10 s; reports the last complete window (the
 * current one until the first completes). Node samples with a timer every RESOLUTION_MS and records
 * the time between firings, so the resolution itself is subtracted to leave the lag.
 */
export class EventLoopDelayMonitor {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  private timer: NodeJS.Timeout | null = null;
  private completed: EventLoopDelay | null = null;

  start(): void {
    this.histogram.enable();
    this.timer = setInterval(() => {
      this.completed = this.summary();
      this.histogram.reset();
    }, WINDOW_MS).unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.histogram.disable();
  }

  latest(): EventLoopDelay {
    return this.completed ?? this.summary();
  }

  private summary(): EventLoopDelay {
    const lagMs = (nanoseconds: number) => Math.max(0, Math.round((nanoseconds / 1e6 - RESOLUTION_MS) * 10) / 10);
    const empty = this.histogram.count === 0;
    return {
      p99Ms: empty ? 0 : lagMs(this.histogram.percentile(99)),
      maxMs: empty ? 0 : lagMs(this.histogram.max),
      windowSeconds: WINDOW_MS / 1000,
    };
  }
}
