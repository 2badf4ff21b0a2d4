/**
 * `npm run bench:join [-- --runs 20 --sizes 2,4,6,8]`: how long one person waits to see the circle.
 *
 * For each room size N, N−1 light participants (Node, real VP8 and Opus over WebRTC) are already
 * publishing; one headless Chromium joins `runs` times (leaving in between), timing from the click on
 * "Join" to the first remote frame presented and to a frame from all N−1. The floor, from the same
 * runs: a consumer's offer reaching the browser → that consumer's first frame, i.e. the media path
 * alone (negotiation, resume, keyframe request, decoding) without the join's signalling.
 */
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { joinLightParticipant, type LightParticipant } from '../support/light-participant';
import { joinRoom, openRoomPage } from '../support/participant';
import { startServer, type ServerProcess } from '../support/server-process';
import { offerToKeyframeRequest, recordConsumerOffers, timeJoin, type ConsumerTiming, type JoinTiming } from './join-timing';
import { cpuPercent, rssMiB, sampleCpu } from './process-usage';
import { formatMs, median, percentile } from './stats';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '20' },
    sizes: { type: 'string', default: '2,4,6,8' },
  },
});
const RUNS = Number(options.runs);
const SIZES = options.sizes.split(',').map(Number);
if (!(RUNS >= 1) || SIZES.some((n) => !(n >= 2))) throw new Error('usage: join-latency.ts [--runs N≥1] [--sizes 2,4,…]');
/** A room per size: everyone who ever joined keeps a seat in a demo room's circle, which has 64. */
const roomOf = (n: number) => `bench-join-${n}`;

interface SizeResult {
  n: number;
  timings: JoinTiming[];
  /** Per remote video of `timings`: its consumer's offer reaching the page → the sender's first keyframe request. */
  offerToKeyframeRequest: (number | null)[];
  failures: string[];
}

async function measureJoins(browser: Browser, baseUrl: string, n: number, lights: readonly LightParticipant[]): Promise<SizeResult> {
  const result: SizeResult = { n, timings: [], offerToKeyframeRequest: [], failures: [] };
  const keyframeRequestsOf = new Map(lights.map((light) => [light.participantId, light.keyframeRequestsAt]));
  for (let run = 0; run < RUNS; run += 1) {
    const joiner = await openRoomPage(browser, baseUrl, roomOf(n), `Joiner ${n}.${run}`, { prepareContext: recordConsumerOffers });
    try {
      await joiner.page.getByRole('button', { name: 'Join' }).waitFor();
      await joiner.page.waitForFunction(() => document.querySelector('[data-self] video') !== null);
      const timing = await timeJoin(joiner.page, n - 1);
      result.timings.push(timing);
      for (const consumer of timing.consumers) result.offerToKeyframeRequest.push(offerToKeyframeRequest(consumer, keyframeRequestsOf.get(consumer.participantId) ?? []));
      await joiner.page.getByRole('button', { name: 'Leave' }).click();
    } catch (error) {
      result.failures.push(error instanceof Error ? error.message.split('\n')[0]! : String(error));
    } finally {
      await joiner.close();
    }
  }
  return result;
}

/** One table row's cells after its label: sample count, p50, p95, min, max. */
const statCells = (samples: number[]) =>
  [String(samples.length).padEnd(7), ...[median(samples), percentile(samples, 95), Math.min(...samples), Math.max(...samples)].map((ms) => formatMs(ms).padEnd(8))].join(' | ');

function printTable(title: string, rows: { n: number; samples: number[] }[]): void {
  console.log(`\n${title}`);
  console.log('N  | samples | p50      | p95      | min      | max');
  for (const { n, samples } of rows) console.log(`${String(n).padEnd(2)} | ${statCells(samples)}`);
}

const present = (values: (number | null)[]): number[] => values.filter((v): v is number => v !== null);

/** Where the floor goes: each stage of every remote video, from its consumer's offer reaching the page. */
function printStages(results: SizeResult[]): void {
  for (const result of results) {
    const ofConsumers = (of: (c: ConsumerTiming) => number | null) => present(result.timings.flatMap((t) => t.consumers.map(of)));
    const ofJoins = (of: (t: JoinTiming) => number | null) => present(result.timings.map(of));
    const rows: [string, number[]][] = [
      ['→ receive negotiated (recvTransport.consume done)', ofConsumers((c) => c.offerToNegotiated)],
      ['→ media:resumeConsumer sent', ofConsumers((c) => c.offerToResumeSent)],
      ['→ media:resumeConsumer acked', ofConsumers((c) => c.offerToResumeAcked)],
      ['→ receiving transport connected (ICE+DTLS)', ofConsumers((c) => c.offerToRecvConnected)],
      ['→ keyframe request (PLI) reaches the sender', present(result.offerToKeyframeRequest)],
      ['→ first video packet (getStats, 10 ms poll)', ofConsumers((c) => c.offerToFirstPacket)],
      ['→ first frame decoded (getStats, 10 ms poll)', ofConsumers((c) => c.offerToFirstDecoded)],
      ['→ first frame presented (the floor)', ofConsumers((c) => c.offerToFrame)],
      ['jitter buffer delay, average (getStats)', ofConsumers((c) => c.jitterBufferMs)],
      ['click → device loaded (negative: before the click)', ofJoins((t) => t.clickToDeviceLoaded)],
      ["join answer → receive negotiation starts (the SFU's offer set)", ofJoins((t) => t.answerToRecvNegotiationStart)],
      ['long tasks from the click to the last first frame, summed', ofJoins((t) => t.longTasksMs)],
      ["click → receiving transport's media:connectTransport sent", ofJoins((t) => t.clickToRecvConnectSent)],
      ['of which: media:connectTransport round trip', ofJoins((t) => t.recvConnectRoundTrip)],
      ['click → receiving transport connected', ofJoins((t) => t.clickToRecvConnected)],
    ];
    console.log(`\nN=${result.n}: per remote video, from its consumer's offer reaching the page (and per join, from the click)`);
    console.log(`${'stage'.padEnd(62)} | samples | p50      | p95      | min      | max`);
    for (const [label, samples] of rows) console.log(`${label.padEnd(62)} | ${statCells(samples)}`);
  }
}

async function printServerUsage(server: ServerProcess, lights: number): Promise<void> {
  const pids = [server.pid, ...server.workerPids(), process.pid];
  const before = pids.map(sampleCpu);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  console.log(`\nwith ${lights} light participants and one Chromium in the room (10 s window; % of one core):`);
  pids.forEach((pid, i) => {
    const name = i === 0 ? 'node (signalling)' : pid === process.pid ? 'this bench (light participants)' : `mediasoup-worker ${i}`;
    console.log(`  ${name} pid ${pid}: CPU ${cpuPercent(before[i]!, sampleCpu(pid)).toFixed(1)} %, RSS ${rssMiB(pid).toFixed(0)} MiB`);
  });
}

async function main(): Promise<void> {
  const server = await startServer({ env: { MEDIASOUP_WORKERS: '2', LOG_LEVEL: 'warn' } });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const lights: LightParticipant[] = [];
  const results: SizeResult[] = [];
  try {
    for (const n of SIZES) {
      lights.splice(0).forEach((light) => light.close());
      while (lights.length < n - 1) lights.push(await joinLightParticipant(server.url, roomOf(n), `Light ${lights.length + 1}`));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const result = await measureJoins(browser, server.url, n, lights);
      results.push(result);
      const firsts = result.timings.map((t) => t.firstRemoteFrame.toFixed(0)).join(' ');
      console.log(`N=${n}: first remote frame ${firsts} ms${result.failures.length ? `; ${result.failures.length} failed: ${result.failures[0]}` : ''}`);
    }

    const conditions = `${RUNS} runs each; N−1 light participants sending 320×180 VP8 at 15 fps + Opus; loopback; headless Chromium`;
    printTable(`join click → first remote video frame (${conditions})`, results.map(({ n, timings }) => ({ n, samples: timings.map((t) => t.firstRemoteFrame) })));
    printTable('join click → frames from all N−1 remote videos', results.map(({ n, timings }) => ({ n, samples: timings.map((t) => t.allRemoteFrames) })));
    printTable(
      'floor: consumer offer reaches the browser → that consumer\'s first frame (every remote video of every run)',
      results.map(({ n, timings }) => ({ n, samples: timings.flatMap((t) => t.consumerToFrame) })),
    );
    printTable('of which: click → the join request leaves the page', results.map(({ n, timings }) => ({ n, samples: timings.map((t) => t.clickToJoinSent) })));
    printTable('of which: join request → its answer (door, transports, consumers on the server)', results.map(({ n, timings }) => ({ n, samples: timings.map((t) => t.joinRoundTrip) })));
    printStages(results);
    const failed = results.filter((r) => r.failures.length > 0);
    if (failed.length > 0) console.log(`\nfailed runs: ${failed.map((r) => `N=${r.n}: ${r.failures.length}`).join(', ')}`);

    const viewer = await joinRoom(browser, server.url, roomOf(SIZES.at(-1)!), 'Viewer');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await printServerUsage(server, lights.length);
    await viewer.close();
  } finally {
    lights.forEach((light) => light.close());
    await browser.close();
    await server.stop();
  }
}

await main();
