/**
 * Timing a facilitator's command until its session update has reached every client of the circle,
 * with browser-less socket.io clients: shared by `bench:fanout` (one server) and `bench:cluster`.
 */
import type { PeerSocket } from '../support/peer-socket';
import { formatMs, percentile } from './stats';

/** The realistic case: each facilitator acts about twice a second, far above a real circle's pace. */
export const PACED_THINK_MS = 500;
export const PACED_COMMANDS = 40;

/** Flood protection would refuse the back-to-back commands the saturated runs send on purpose. */
export const UNTHROTTLED_ENV = { SOCKET_REQUESTS_PER_SECOND: '100000', CIRCLE_COMMANDS_PER_SECOND: '100000' };

export interface BenchCircle {
  facilitator: PeerSocket;
  everyone: PeerSocket[];
  phaseTimerRunning: boolean;
}

export async function call(socket: PeerSocket, event: string, payload: unknown): Promise<unknown> {
  const reply = (await (socket as unknown as { emitWithAck(e: string, p: unknown): Promise<unknown> }).emitWithAck(
    event,
    payload,
  )) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!reply.ok) throw new Error(`${event}: ${reply.error?.message}`);
  return reply.data;
}

/** `everyone[0]` is the facilitator (a demo room's first arrival): starts the session, so the phase timer runs. */
export async function startCircle(everyone: PeerSocket[]): Promise<BenchCircle> {
  await call(everyone[0]!, 'session:command', { type: 'session.start' });
  return { facilitator: everyone[0]!, everyone, phaseTimerRunning: true };
}

/** Sends one command and resolves with the time until every client has the new version. */
function timedCommand(circle: BenchCircle, command: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    let expectedVersion: number | null = null;
    const versions = new Map<PeerSocket, number>();
    const finishIfDone = () => {
      if (expectedVersion === null) return;
      if (circle.everyone.every((socket) => (versions.get(socket) ?? 0) >= expectedVersion!)) {
        circle.everyone.forEach((socket) => socket.off('session:update'));
        resolve(performance.now() - startedAt);
      }
    };
    for (const socket of circle.everyone) {
      socket.on('session:update', (update) => {
        versions.set(socket, update.kind === 'delta' ? update.delta.version : update.view.version);
        finishIfDone();
      });
    }
    call(circle.facilitator, 'session:command', command).then((data) => {
      expectedVersion = (data as { version: number }).version;
      finishIfDone();
    }, reject);
  });
}

/** Phase timer pause/resume, `count` times. `thinkMs`: pause between commands (with jitter, so circles do not march in step). */
export async function runCommands(circle: BenchCircle, count: number, thinkMs = 0): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
    const type = circle.phaseTimerRunning ? 'timer.pause' : 'timer.resume';
    latencies.push(await timedCommand(circle, { type, timer: 'phase' }));
    circle.phaseTimerRunning = !circle.phaseTimerRunning;
  }
  return latencies;
}

export const formatLatency = (ms: number): string => (ms < 10 ? `${ms.toFixed(2)} ms` : formatMs(ms)).padStart(9);

/** One line: percentiles of `latencies`, and the update rate when `messages` were delivered in `seconds`. */
export function reportLatencies(label: string, latencies: number[], messages: number, seconds: number): void {
  console.log(
    `${label.padEnd(34)} p50 ${formatLatency(percentile(latencies, 50))}  p95 ${formatLatency(percentile(latencies, 95))}  ` +
      `p99 ${formatLatency(percentile(latencies, 99))}  max ${formatLatency(Math.max(...latencies))}  ` +
      (messages > 0 ? `${Math.round(messages / seconds).toLocaleString('en')} updates/s delivered` : ''),
  );
}
