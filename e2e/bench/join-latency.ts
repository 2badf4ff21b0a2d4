/**
 * `npm run bench:join`: join click → first remote video frame for the Nth joiner (N = 2…6), over real
 * Chromium and the real SFU on loopback, plus server CPU and memory with 6 participants.
 *
 * For each N, N-1 participants are already in the room; the Nth joins RUNS times (leaving in between),
 * timing from the click on "Join" to the first remote frame presented (requestVideoFrameCallback).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { joinRoom, openRoomPage, type Participant } from '../support/participant';
import { startServer } from '../support/server-process';
import { cpuPercent, rssMiB, sampleCpu } from './process-usage';
import { formatMs, median, percentile } from './stats';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 10);
const MAX_PARTICIPANTS = 6;
const ROOM = 'bench-join';

/**
 * Runs in the page. Kept as source text because tsx wraps named functions in a `__name` helper that
 * does not exist inside the browser.
 */
const CLICK_JOIN_AND_TIME_FIRST_REMOTE_FRAME = `(async () => {
  const firstFrame = new Promise((resolve) => {
    const watched = new WeakSet();
    const watch = () =>
      document.querySelectorAll('[data-participant-id]:not([data-self]) video').forEach((video) => {
        if (watched.has(video)) return;
        watched.add(video);
        video.requestVideoFrameCallback(() => resolve(performance.now()));
      });
    new MutationObserver(watch).observe(document.body, { subtree: true, childList: true, attributes: true });
    watch();
  });
  const joinButton = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Join');
  if (!joinButton) throw new Error('no Join button');
  const clickedAt = performance.now();
  joinButton.click();
  return (await firstFrame) - clickedAt;
})()`;

async function timeJoinToFirstRemoteFrame(page: Page): Promise<number> {
  return (await page.evaluate(CLICK_JOIN_AND_TIME_FIRST_REMOTE_FRAME)) as number;
}

async function measureNthJoiner(browser: Browser, baseUrl: string, n: number): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const joiner = await openRoomPage(browser, baseUrl, ROOM, `Joiner ${n}.${run}`);
    await joiner.page.getByRole('button', { name: 'Join' }).waitFor();
    await joiner.page.waitForFunction(() => document.querySelector('[data-self] video') !== null);
    samples.push(await timeJoinToFirstRemoteFrame(joiner.page));
    await joiner.page.getByRole('button', { name: 'Leave' }).click();
    await joiner.close();
  }
  return samples;
}

async function main(): Promise<void> {
  const server = await startServer({ env: { MEDIASOUP_WORKERS: '2', LOG_LEVEL: 'warn' } });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const present: Participant[] = [];
  const rows: { n: number; samples: number[] }[] = [];
  try {
    for (let n = 2; n <= MAX_PARTICIPANTS; n += 1) {
      present.push(await joinRoom(browser, server.url, ROOM, `Present ${n - 1}`));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const samples = await measureNthJoiner(browser, server.url, n);
      rows.push({ n, samples });
      console.log(`N=${n}: ${samples.map((s) => s.toFixed(0)).join(' ')} ms`);
    }

    present.push(await joinRoom(browser, server.url, ROOM, `Present ${MAX_PARTICIPANTS}`));
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const pids = [server.pid, ...server.workerPids()];
    const before = pids.map(sampleCpu);
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const usage = pids.map((pid, i) => ({ pid, cpu: cpuPercent(before[i]!, sampleCpu(pid)), rss: rssMiB(pid) }));

    const baseline = median(rows[0]!.samples);
    console.log(`\njoin click → first remote video frame (${RUNS} runs each, loopback, headless Chromium)`);
    console.log('N  | p50      | p95      | min      | max      | p50 vs N=2');
    for (const { n, samples } of rows) {
      const p50 = median(samples);
      console.log(
        `${n}  | ${formatMs(p50).padEnd(8)} | ${formatMs(percentile(samples, 95)).padEnd(8)} | ` +
          `${formatMs(Math.min(...samples)).padEnd(8)} | ${formatMs(Math.max(...samples)).padEnd(8)} | ` +
          `${p50 - baseline >= 0 ? '+' : ''}${(p50 - baseline).toFixed(0)} ms`,
      );
    }
    console.log(`\nserver with ${MAX_PARTICIPANTS} participants (10 s window; % of one core):`);
    usage.forEach(({ pid, cpu, rss }, i) =>
      console.log(`  ${i === 0 ? 'node (signalling)' : `mediasoup-worker ${i}`} pid ${pid}: CPU ${cpu.toFixed(1)} %, RSS ${rss.toFixed(0)} MiB`),
    );
  } finally {
    await Promise.all(present.map((p) => p.close()));
    await browser.close();
    await server.stop();
  }
}

await main();
