/**
 * `npm run bench:fanout`: time from a facilitator's command to the resulting session update having
 * arrived at every client of the session, with browser-less socket.io clients against the real server
 * (its own process, one mediasoup worker):
 *   (a) 8 clients in one session, commands one after another;
 *   (b) 1,000 clients in 125 sessions of 8, every facilitator sending at once.
 * Baseline, same run: the round trip of a plain `session:time` request (no state change, no fan-out).
 */
import { connectPeerSocket as connect, type PeerSocket } from '../support/peer-socket';
import { startServer } from '../support/server-process';
import { call, PACED_COMMANDS, PACED_THINK_MS, reportLatencies as report, runCommands, startCircle, UNTHROTTLED_ENV, type BenchCircle } from './command-fanout';
import { cpuPercent, sampleCpu } from './process-usage';

const COMMANDS_PER_SESSION = Number(process.env['BENCH_COMMANDS'] ?? 200);

async function openSession(url: string, demoRoom: string, size: number): Promise<BenchCircle> {
  const everyone: PeerSocket[] = [];
  for (let i = 0; i < size; i += 1) {
    const socket = await connect(url);
    await call(socket, 'room:join', { demoRoom, displayName: `P${i}` });
    everyone.push(socket);
  }
  return startCircle(everyone);
}

async function pingRoundTrips(socket: PeerSocket, count: number): Promise<number[]> {
  const rtts: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const startedAt = performance.now();
    await call(socket, 'session:time', {});
    rtts.push(performance.now() - startedAt);
  }
  return rtts;
}

async function main(): Promise<void> {
  const server = await startServer({ env: { LOG_LEVEL: 'warn', MEDIASOUP_WORKERS: '1', ...UNTHROTTLED_ENV } });
  const sockets: PeerSocket[] = [];
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

    const sessions: BenchCircle[] = [];
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
