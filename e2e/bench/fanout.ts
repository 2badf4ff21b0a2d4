/**
 * `npm run bench:fanout`: time from a facilitator's command to the resulting session update having
 * arrived at every client of the session, with browser-less socket.io clients against the real server
 * (its own process, one mediasoup worker):
 *   (a) 8 clients in one session, commands one after another;
 *   (b) 1,000 clients in 125 sessions of 8, every facilitator sending at once.
 * Baseline, same run: the round trip of a plain `session:time` request (no state change, no fan-out).
 */
import { connectPeerSocket as connect, type PeerSocket as BenchSocket } from '../support/peer-socket';
import { startServer } from '../support/server-process';
import { cpuPercent, sampleCpu } from './process-usage';
import { formatMs, percentile } from './stats';

const COMMANDS_PER_SESSION = Number(process.env['BENCH_COMMANDS'] ?? 200);
/** The realistic case: each facilitator acts about twice a second, far above a real circle's pace. */
const PACED_THINK_MS = 500;
const PACED_COMMANDS = 40;

interface SessionClients {
  facilitator: BenchSocket;
  everyone: BenchSocket[];
  phaseTimerRunning: boolean;
}

async function call(socket: BenchSocket, event: string, payload: unknown): Promise<unknown> {
  const reply = (await (socket as unknown as { emitWithAck(e: string, p: unknown): Promise<unknown> }).emitWithAck(
    event,
    payload,
  )) as { ok: boolean; data?: unknown; error?: { message: string } };
  if (!reply.ok) throw new Error(`${event}: ${reply.error?.message}`);
  return reply.data;
}

async function openSession(url: string, demoRoom: string, size: number): Promise<SessionClients> {
  const everyone: BenchSocket[] = [];
  for (let i = 0; i < size; i += 1) {
    const socket = await connect(url);
    await call(socket, 'room:join', { demoRoom, displayName: `P${i}` });
    everyone.push(socket);
  }
  await call(everyone[0]!, 'session:command', { type: 'session.start' });
  return { facilitator: everyone[0]!, everyone, phaseTimerRunning: true };
}

/** Sends one command and resolves with the time until every client has the new version. */
function timedCommand(session: SessionClients, command: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    let expectedVersion: number | null = null;
    const versions = new Map<BenchSocket, number>();
    const finishIfDone = () => {
      if (expectedVersion === null) return;
      if (session.everyone.every((socket) => (versions.get(socket) ?? 0) >= expectedVersion!)) {
        session.everyone.forEach((socket) => socket.off('session:update'));
        resolve(performance.now() - startedAt);
      }
    };
    for (const socket of session.everyone) {
      socket.on('session:update', (update) => {
        versions.set(socket, update.kind === 'delta' ? update.delta.version : update.view.version);
        finishIfDone();
      });
    }
    call(session.facilitator, 'session:command', command).then((data) => {
      expectedVersion = (data as { version: number }).version;
      finishIfDone();
    }, reject);
  });
}

/** `thinkMs`: pause between commands (with jitter, so sessions do not march in step). */
async function runCommands(session: SessionClients, count: number, thinkMs = 0): Promise<number[]> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i += 1) {
    if (thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
    const type = session.phaseTimerRunning ? 'timer.pause' : 'timer.resume';
    latencies.push(await timedCommand(session, { type, timer: 'phase' }));
    session.phaseTimerRunning = !session.phaseTimerRunning;
  }
  return latencies;
}

async function pingRoundTrips(socket: BenchSocket, count: number): Promise<number[]> {
  const rtts: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const startedAt = performance.now();
    await call(socket, 'session:time', {});
    rtts.push(performance.now() - startedAt);
  }
  return rtts;
}

function report(label: string, latencies: number[], messages: number, seconds: number): void {
  console.log(
    `${label.padEnd(34)} p50 ${formatMs2(percentile(latencies, 50))}  p95 ${formatMs2(percentile(latencies, 95))}  ` +
      `p99 ${formatMs2(percentile(latencies, 99))}  max ${formatMs2(Math.max(...latencies))}  ` +
      (messages > 0 ? `${Math.round(messages / seconds).toLocaleString('en')} updates/s delivered` : ''),
  );
}

const formatMs2 = (ms: number) => (ms < 10 ? `${ms.toFixed(2)} ms` : formatMs(ms)).padStart(9);

async function main(): Promise<void> {
  // Flood protection would refuse the back-to-back commands this bench sends on purpose.
  const unthrottled = { SOCKET_REQUESTS_PER_SECOND: '100000', CIRCLE_COMMANDS_PER_SECOND: '100000' };
  const server = await startServer({ env: { LOG_LEVEL: 'warn', MEDIASOUP_WORKERS: '1', ...unthrottled } });
  const sockets: BenchSocket[] = [];
  try {
    console.log(`fan-out: ${COMMANDS_PER_SESSION} commands per session (timer pause/resume), loopback, 2 cores shared with the clients\n`);

    const single = await openSession(server.url, 'fanout-single', 8);
    sockets.push(...single.everyone);
    await runCommands(single, 20); // warm-up
    const baseline = await pingRoundTrips(single.facilitator, COMMANDS_PER_SESSION);
    report('baseline: request round trip', baseline, 0, 1);
    let startedAt = performance.now();
    const singleLatencies = await runCommands(single, COMMANDS_PER_SESSION);
    report('(a) 8 clients, 1 session', singleLatencies, singleLatencies.length * 8, (performance.now() - startedAt) / 1000);

    const sessions: SessionClients[] = [];
    for (let i = 0; i < 125; i += 1) sessions.push(await openSession(server.url, `fanout-${i}`, 8));
    sockets.push(...sessions.flatMap((s) => s.everyone));
    await Promise.all(sessions.map((session) => runCommands(session, 5))); // warm-up

    for (const [label, count, thinkMs] of [
      [`(b) 1,000 clients, ~${Math.round((125 * 1000) / PACED_THINK_MS)} commands/s`, PACED_COMMANDS, PACED_THINK_MS],
      ['(b) 1,000 clients, saturated', COMMANDS_PER_SESSION, 0],
    ] as const) {
      const cpuBefore = sampleCpu(server.pid);
      startedAt = performance.now();
      const perSession = await Promise.all(sessions.map((session) => runCommands(session, count, thinkMs)));
      const elapsed = (performance.now() - startedAt) / 1000;
      const all = perSession.flat();
      report(label, all, all.length * 8, elapsed);
      console.log(`${''.padEnd(34)} server process CPU ${cpuPercent(cpuBefore, sampleCpu(server.pid)).toFixed(0)} % of one core`);
    }
    const health = await server.health();
    console.log(`\nserver: ${health.participants} participants in ${health.rooms} rooms`);
  } finally {
    sockets.forEach((socket) => socket.disconnect());
    await server.stop();
  }
}

await main();
