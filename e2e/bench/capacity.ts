/**
 * `npm run bench:capacity [-- --max-circles 20 --worker-target 70 --window 5 --hosts 2 --speaking 1 --hidden 0]`:
 * how many circles one mediasoup worker carries, and whether each participant costs the same in a
 * full server as in an empty one.
 *
 * Against a real server with one worker, circles of 8 light participants (Node WebRTC: each sends
 * 320×180 VP8 at 15 fps and Opus, and consumes the other seven's audio and video; `speaking` of them
 * talk, the others' microphones send what DTX sends for silence; `hidden` of them receive as from a
 * background tab, voices only) are added one at a time until the
 * worker uses `worker-target` % of a core or `max-circles` is reached. After each circle, once every
 * consumer is open, CPU (from /proc) and RSS are measured over a steady window. The light
 * participants run in `hosts` child processes on the same machine (a circle per host in turn), so
 * their CPU and the machine's are printed too: they are the load generator's cost, not the server's.
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { startServer, type ServerProcess } from '../support/server-process';
import { startLightHosts, type LightHosts } from './light-host/light-hosts';
import { cpuPercent, rssMiB, sampleCpu, sampleMachineCpu } from './process-usage';
import { median } from './stats';

const { values: options } = parseArgs({
  options: {
    'max-circles': { type: 'string', default: process.env['BENCH_MAX_CIRCLES'] ?? '20' },
    'circle-size': { type: 'string', default: '8' },
    'worker-target': { type: 'string', default: process.env['BENCH_WORKER_TARGET'] ?? '70' },
    window: { type: 'string', default: process.env['BENCH_WINDOW_SECONDS'] ?? '5' },
    hosts: { type: 'string', default: process.env['BENCH_LIGHT_HOSTS'] ?? '2' },
    speaking: { type: 'string', default: process.env['BENCH_SPEAKING'] ?? '1' },
    hidden: { type: 'string', default: process.env['BENCH_HIDDEN'] ?? '0' },
  },
});
const MAX_CIRCLES = Number(options['max-circles']);
const CIRCLE_SIZE = Number(options['circle-size']);
const WORKER_TARGET = Number(options['worker-target']);
const WINDOW_SECONDS = Number(options.window);
const HOSTS = Number(options.hosts);
const SPEAKING = Number(options.speaking);
const HIDDEN = Number(options.hidden);
if (![MAX_CIRCLES, WINDOW_SECONDS, WORKER_TARGET, HOSTS].every((n) => n >= 1) || !(CIRCLE_SIZE >= 2) || !(SPEAKING >= 0 && SPEAKING <= CIRCLE_SIZE) || !(HIDDEN >= 0 && HIDDEN <= CIRCLE_SIZE)) {
  throw new Error('usage: capacity.ts [--max-circles N≥1] [--circle-size N≥2] [--worker-target %] [--window seconds] [--hosts N≥1] [--speaking 0…circle size] [--hidden 0…circle size]');
}
/** Each light participant consumes audio and video from everyone else in its circle. */
const CONSUMERS_EACH = (CIRCLE_SIZE - 1) * 2;
/**
 * The light participants keep up while they receive at least this share of the first circle's packet
 * rate and every host process stays under `SATURATED` % of a core (past it, their timers run late and
 * the load they send is less than nominal).
 */
const KEEPING_UP = 0.9;
const SATURATED = 95;
const CORES = os.availableParallelism();

interface Point {
  participants: number;
  circles: number;
  consumers: number;
  workerCpu: number;
  nodeCpu: number;
  workerRssMiB: number;
  nodeRssMiB: number;
  /** The light participants' processes together, and the busiest of them. */
  benchCpu: number;
  busiestHostCpu: number;
  machineCpu: number;
  /** RTP packets per second the light participants received, per consumer. */
  packetsPerConsumer: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until the server and every light participant have all the consumers a full circle means. */
async function settle(server: ServerProcess, hosts: LightHosts, participants: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  const expected = participants * CONSUMERS_EACH;
  let open = 0;
  while (Date.now() < deadline) {
    const [{ mediaObjects }, { consumers }] = await Promise.all([server.health(), hosts.counts()]);
    open = consumers.reduce((total, count) => total + count, 0);
    if (mediaObjects.consumers === expected && consumers.length === participants && consumers.every((count) => count === CONSUMERS_EACH)) return;
    await sleep(250);
  }
  throw new Error(`consumers did not settle within 60 s: ${open} of ${expected} open on the light participants`);
}

/**
 * CPU over the whole window (/proc counts 10 ms ticks, so a 5 s window resolves 0.2 % of a core where
 * a 1 s sample resolves 1 %); RSS and packet rates as medians of 1 s samples.
 */
async function measure(server: ServerProcess, hosts: LightHosts, circles: number): Promise<Point> {
  const [workerPid] = server.workerPids();
  if (workerPid === undefined) throw new Error('the server has no mediasoup worker');
  const participants = circles * CIRCLE_SIZE;
  const hostPids = hosts.pids();
  const cpuPids = [workerPid, server.pid, process.pid, ...hostPids];
  const cpuAtStart = { processes: cpuPids.map(sampleCpu), machine: sampleMachineCpu() };
  const samples: Pick<Point, 'workerRssMiB' | 'nodeRssMiB' | 'packetsPerConsumer'>[] = [];
  for (let second = 0; second < WINDOW_SECONDS; second += 1) {
    const before = { packets: (await hosts.counts()).packets, at: performance.now() };
    await sleep(1000);
    const packets = (await hosts.counts()).packets;
    const elapsedSeconds = (performance.now() - before.at) / 1000;
    samples.push({
      workerRssMiB: rssMiB(workerPid),
      nodeRssMiB: rssMiB(server.pid),
      packetsPerConsumer: participants === 0 ? 0 : (packets - before.packets) / elapsedSeconds / (participants * CONSUMERS_EACH),
    });
  }
  const [workerCpu, nodeCpu, ownCpu, ...hostCpu] = cpuPids.map((pid, i) => cpuPercent(cpuAtStart.processes[i]!, sampleCpu(pid))) as [number, number, number, ...number[]];
  const { mediaObjects, workers } = await server.health();
  const medianOf = (key: keyof (typeof samples)[number]) => median(samples.map((sample) => sample[key]));
  return {
    participants,
    circles,
    consumers: mediaObjects.consumers / workers,
    workerCpu,
    nodeCpu,
    workerRssMiB: medianOf('workerRssMiB'),
    nodeRssMiB: medianOf('nodeRssMiB'),
    benchCpu: hostCpu.reduce((total, cpu) => total + cpu, ownCpu),
    busiestHostCpu: Math.max(...hostCpu),
    machineCpu: cpuPercent(cpuAtStart.machine, sampleMachineCpu()) / CORES,
    packetsPerConsumer: medianOf('packetsPerConsumer'),
  };
}

const HEADER = 'participants | circles | consumers/worker | worker CPU % | node CPU % | worker RSS MiB | node RSS MiB | bench CPU % | busiest host % | machine CPU % | rx pkt/s per consumer';
function printRow(point: Point): void {
  const counts = [point.participants, point.circles, point.consumers].map((count) => count.toFixed(0));
  const measured = [point.workerCpu, point.nodeCpu, point.workerRssMiB, point.nodeRssMiB, point.benchCpu, point.busiestHostCpu, point.machineCpu, point.packetsPerConsumer].map((value) => value.toFixed(1));
  const widths = HEADER.split(' | ').map((title) => title.length);
  console.log([...counts, ...measured].map((cell, i) => cell.padStart(widths[i]!)).join(' | '));
}

/** Server RSS (node and worker) at 8, 64 and 128 participants, where the run got that far. */
function printServerMemory(idle: Point, points: Point[]): void {
  const rss = (point: Point) => `${(point.nodeRssMiB + point.workerRssMiB).toFixed(0)} MiB (node ${point.nodeRssMiB.toFixed(0)}, worker ${point.workerRssMiB.toFixed(0)})`;
  console.log(`\nserver RSS: empty ${rss(idle)}`);
  for (const participants of [8, 64, 128]) {
    const point = points.find((p) => p.participants === participants);
    console.log(`  at ${String(participants).padStart(3)} participants: ${point ? rss(point) : 'not reached in this run'}`);
  }
}

const perParticipant = (idle: Point, point: Point, key: 'workerCpu' | 'workerRssMiB') => (point[key] - idle[key]) / point.participants;

/** Cost above the empty server, per participant, at 1, 10 and 20 circles (or the largest reached). */
function printCostPerParticipant(idle: Point, points: Point[]): void {
  const wanted = [1, 10, 20].map((circles) => points.find((point) => point.circles === circles) ?? points.at(-1)!);
  const at = [...new Set(wanted)];
  console.log('\ncost per participant above the empty server (worker CPU in % of a core):');
  for (const point of at) {
    console.log(`  ${String(point.circles).padStart(2)} circles (${point.participants} participants): worker ${perParticipant(idle, point, 'workerCpu').toFixed(2)} %/participant, worker RSS ${perParticipant(idle, point, 'workerRssMiB').toFixed(2)} MiB/participant`);
  }
  if (at.length < 2) return console.log('  flat? one point only: run more circles to tell');
  for (const [key, name] of [['workerCpu', 'worker CPU'], ['workerRssMiB', 'worker RSS']] as const) {
    const costs = at.map((point) => perParticipant(idle, point, key));
    const change = costs.at(-1)! / costs[0]! - 1;
    const verdict = Math.abs(change) <= 0.25 ? 'flat' : change > 0 ? 'grows' : 'shrinks';
    console.log(`  ${name} per participant from ${at[0]!.circles} to ${at.at(-1)!.circles} circles: ${verdict} (${change >= 0 ? '+' : ''}${(100 * change).toFixed(0)} %; flat means within ±25 %)`);
  }
}

async function main(): Promise<void> {
  const server = await startServer({ env: { MEDIASOUP_WORKERS: '1', LOG_LEVEL: 'warn' } });
  const hosts = startLightHosts(HOSTS);
  const points: Point[] = [];
  let stoppedBecause = `the cap of ${MAX_CIRCLES} circles was reached`;
  try {
    console.log(`one mediasoup worker; circles of ${CIRCLE_SIZE} light participants, each sending 320×180 VP8 at 15 fps and consuming the other ${CIRCLE_SIZE - 1}`);
    console.log(`${SPEAKING} of ${CIRCLE_SIZE} in each circle talk (Opus, 50 packets/s); the others' microphones hear silence (Opus DTX, 5 packets/s)`);
    if (HIDDEN > 0) console.log(`${HIDDEN} of ${CIRCLE_SIZE} in each circle have the room in a hidden tab: their video consumers stay paused, so they receive voices only`);
    console.log(`light participants in ${HOSTS} processes besides this one; measured over ${WINDOW_SECONDS} s once every consumer is open (CPU: the window's average; RSS, packets: medians of 1 s samples); CPU in % of one core (machine: of all ${CORES} cores)\n`);
    console.log(HEADER);
    const idle = await measure(server, hosts, 0);
    printRow(idle);
    for (let circle = 1; circle <= MAX_CIRCLES; circle += 1) {
      try {
        const names = Array.from({ length: CIRCLE_SIZE }, (_, seat) => `Light ${circle}.${seat + 1}`);
        await hosts.fillCircle(server.url, `bench-capacity-${circle}`, names, SPEAKING, HIDDEN);
        await settle(server, hosts, circle * CIRCLE_SIZE);
      } catch (error) {
        stoppedBecause = `circle ${circle} could not be filled: ${(error as Error).message}`;
        break;
      }
      await sleep(2000); // resumed consumers wait for a keyframe before forwarding video
      const point = await measure(server, hosts, circle);
      printRow(point);
      const firstRate = (points[0] ?? point).packetsPerConsumer;
      if (point.packetsPerConsumer < KEEPING_UP * firstRate || point.busiestHostCpu >= SATURATED) {
        // Its load was less than nominal, so it is left out of the costs below.
        stoppedBecause = `the light participants could not keep up at ${circle} circles (received ${point.packetsPerConsumer.toFixed(0)} packets/s per consumer against ${firstRate.toFixed(0)} with one circle; the busiest light host at ${point.busiestHostCpu.toFixed(0)} % of a core): from there the load generator, not the server, is the limit, and that row is left out below`;
        break;
      }
      points.push(point);
      if (point.workerCpu >= WORKER_TARGET) {
        stoppedBecause = `the worker reached ${WORKER_TARGET} % of a core`;
        break;
      }
    }
    console.log(`\nstopped: ${stoppedBecause}`);
    printServerMemory(idle, points);
    if (points.length > 0) printCostPerParticipant(idle, points);
    const last = points.at(-1);
    if (last && last.workerCpu < WORKER_TARGET) {
      const participants = (WORKER_TARGET - idle.workerCpu) / perParticipant(idle, last, 'workerCpu');
      console.log(`  not measured: at the last point's cost, the worker would reach ${WORKER_TARGET} % at about ${participants.toFixed(0)} participants (${(participants / CIRCLE_SIZE).toFixed(1)} circles), if that cost stays flat`);
    }
    console.log(
      `\nThe light participants (bench CPU) encrypt and send their media in JavaScript and count what they receive without decrypting it, on this same ${CORES}-core machine, so they compete with the worker; machine CPU includes anything else running.`,
    );
  } finally {
    hosts.close();
    await server.stop();
  }
}

await main();
