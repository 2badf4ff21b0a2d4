/**
 * `npm run bench:capacity [-- --max-circles 20 --worker-target 70 --window 5]`: how many circles one
 * mediasoup worker carries, and whether each participant costs the same in a full server as in an
 * empty one.
 *
 * Against a real server with one worker, circles of 8 light participants (Node WebRTC: each sends
 * 320×180 VP8 at 15 fps and Opus, and consumes the other seven's audio and video) are added one at a
 * time until the worker uses `worker-target` % of a core or `max-circles` is reached. After each
 * circle, once every consumer is open, CPU (from /proc, 1 s samples) and RSS are sampled over a steady
 * window and their medians printed. The light participants run in `hosts` child processes on the same
 * machine (a circle per host in turn), so their CPU and the machine's are printed too: they are the
 * load generator's cost, not the server's.
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
  },
});
const MAX_CIRCLES = Number(options['max-circles']);
const CIRCLE_SIZE = Number(options['circle-size']);
const WORKER_TARGET = Number(options['worker-target']);
const WINDOW_SECONDS = Number(options.window);
const HOSTS = Number(options.hosts);
if (![MAX_CIRCLES, WINDOW_SECONDS, WORKER_TARGET, HOSTS].every((n) => n >= 1) || !(CIRCLE_SIZE >= 2)) {
  throw new Error('usage: capacity.ts [--max-circles N≥1] [--circle-size N≥2] [--worker-target %] [--window seconds] [--hosts N≥1]');
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

/** Medians of 1 s samples over the window. */
async function measure(server: ServerProcess, hosts: LightHosts, circles: number): Promise<Point> {
  const [workerPid] = server.workerPids();
  if (workerPid === undefined) throw new Error('the server has no mediasoup worker');
  const participants = circles * CIRCLE_SIZE;
  const benchPids = [process.pid, ...hosts.pids()];
  const samples: Omit<Point, 'participants' | 'circles' | 'consumers'>[] = [];
  for (let second = 0; second < WINDOW_SECONDS; second += 1) {
    const before = { worker: sampleCpu(workerPid), node: sampleCpu(server.pid), bench: benchPids.map(sampleCpu), machine: sampleMachineCpu(), packets: (await hosts.counts()).packets };
    await sleep(1000);
    const packets = (await hosts.counts()).packets;
    const elapsedSeconds = (performance.now() - before.worker.at) / 1000;
    const benchCpu = benchPids.map((pid, i) => cpuPercent(before.bench[i]!, sampleCpu(pid)));
    samples.push({
      workerCpu: cpuPercent(before.worker, sampleCpu(workerPid)),
      nodeCpu: cpuPercent(before.node, sampleCpu(server.pid)),
      benchCpu: benchCpu.reduce((total, cpu) => total + cpu, 0),
      busiestHostCpu: Math.max(...benchCpu.slice(1)),
      machineCpu: cpuPercent(before.machine, sampleMachineCpu()) / CORES,
      workerRssMiB: rssMiB(workerPid),
      nodeRssMiB: rssMiB(server.pid),
      packetsPerConsumer: participants === 0 ? 0 : (packets - before.packets) / elapsedSeconds / (participants * CONSUMERS_EACH),
    });
  }
  const { mediaObjects, workers } = await server.health();
  const medianOf = (key: keyof (typeof samples)[number]) => median(samples.map((sample) => sample[key]));
  return {
    participants,
    circles,
    consumers: mediaObjects.consumers / workers,
    workerCpu: medianOf('workerCpu'),
    nodeCpu: medianOf('nodeCpu'),
    workerRssMiB: medianOf('workerRssMiB'),
    nodeRssMiB: medianOf('nodeRssMiB'),
    benchCpu: medianOf('benchCpu'),
    busiestHostCpu: medianOf('busiestHostCpu'),
    machineCpu: medianOf('machineCpu'),
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
    console.log(`one mediasoup worker; circles of ${CIRCLE_SIZE} light participants, each sending 320×180 VP8 at 15 fps + Opus and consuming the other ${CIRCLE_SIZE - 1}`);
    console.log(`light participants in ${HOSTS} processes besides this one; medians of 1 s samples over ${WINDOW_SECONDS} s once every consumer is open; CPU in % of one core (machine: of all ${CORES} cores)\n`);
    console.log(HEADER);
    const idle = await measure(server, hosts, 0);
    printRow(idle);
    for (let circle = 1; circle <= MAX_CIRCLES; circle += 1) {
      try {
        const names = Array.from({ length: CIRCLE_SIZE }, (_, seat) => `Light ${circle}.${seat + 1}`);
        await hosts.fillCircle(server.url, `bench-capacity-${circle}`, names);
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
