/**
 * `npm run soak [-- --minutes N]`: a 6-participant circle (one Chromium, a context per person, fake
 * camera and microphone) in a demo room on a real server process, for N minutes (default 10, or
 * SOAK_MINUTES). Every 10 s it samples the browsers (ICE/DTLS failures, whether media from everyone
 * keeps arriving) and the server (consumers, RSS of node and its workers, event-loop delay), prints a
 * line every 30 s and a summary. Exits 1 on any ICE or DTLS failure, or if the circle lost anyone.
 */
import { chromium, type Page } from '@playwright/test';
import os from 'node:os';
import { cpuPercent, rssMiB, sampleCpu } from '../bench/process-usage';
import { chromiumLaunchOptions } from '../support/chromium';
import { receivedMediaByParticipant, type ReceivedMedia } from '../support/media-stats';
import { joinRoom, type Participant } from '../support/participant';
import { startServer, type ServerProcess } from '../support/server-process';
import { connectionCounts, countConnectionFailures } from './connection-probe';
import { formatSample, formatSummary, type SoakSample } from './soak-report';

const NAMES = ['Maya', 'Ravi', 'Ines', 'Tomas', 'Aiko', 'Lena'];
const SAMPLE_EVERY_MS = 10_000;
const PRINT_EVERY_SAMPLES = 3;

function soakMinutes(): number {
  const flag = process.argv.indexOf('--minutes');
  const value = Number(flag >= 0 ? process.argv[flag + 1] : (process.env['SOAK_MINUTES'] ?? 10));
  if (!Number.isFinite(value) || value <= 0) throw new Error('--minutes (or SOAK_MINUTES) must be a positive number');
  return value;
}

/** Whether this page received more video frames and audio bytes from every other participant than last time. */
function receivingFromAll(before: Record<string, ReceivedMedia> | undefined, after: Record<string, ReceivedMedia>): boolean {
  const remotes = Object.entries(after);
  return (
    remotes.length === NAMES.length - 1 &&
    remotes.every(([id, media]) => {
      const earlier = before?.[id];
      return earlier !== undefined && media.videoFramesDecoded > earlier.videoFramesDecoded && media.audioBytesReceived > earlier.audioBytesReceived;
    })
  );
}

interface Previous {
  media: Record<string, ReceivedMedia>[];
  serverCpu: ReturnType<typeof sampleCpu>;
}

async function takeSample(server: ServerProcess, pages: Page[], startedAt: number, previous: Previous): Promise<{ sample: SoakSample; next: Previous }> {
  const serverCpu = sampleCpu(server.pid);
  const [health, media, counts] = await Promise.all([
    server.health(),
    Promise.all(pages.map((page) => receivedMediaByParticipant(page))),
    Promise.all(pages.map((page) => connectionCounts(page))),
  ]);
  const workerPids = server.workerPids();
  const sum = (pick: (c: (typeof counts)[number]) => number) => counts.reduce((total, c) => total + pick(c), 0);
  return {
    next: { media, serverCpu },
    sample: {
      elapsedMs: performance.now() - startedAt,
      participants: health.participants,
      consumers: health.mediaObjects.consumers,
      producers: health.mediaObjects.producers,
      serverRssMiB: rssMiB(server.pid),
      workerRssMiB: workerPids.reduce((total, pid) => total + rssMiB(pid), 0),
      serverCpuPercent: cpuPercent(previous.serverCpu, serverCpu),
      machineLoad: os.loadavg()[0]!,
      eventLoopP99Ms: health.eventLoopDelay?.p99Ms ?? Number.NaN,
      eventLoopMaxMs: health.eventLoopDelay?.maxMs ?? Number.NaN,
      iceFailures: sum((c) => c.iceFailures),
      dtlsFailures: sum((c) => c.dtlsFailures),
      iceDisconnects: sum((c) => c.iceDisconnects),
      peerConnections: sum((c) => c.connections),
      stalledReceivers: media.filter((received, index) => !receivingFromAll(previous.media[index], received)).length,
    },
  };
}

async function main(): Promise<number> {
  const minutes = soakMinutes();
  const server = await startServer({ env: { MEDIASOUP_WORKERS: '2', LOG_LEVEL: 'warn' } });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const people: Participant[] = [];
  const samples: SoakSample[] = [];
  try {
    for (const name of NAMES) people.push(await joinRoom(browser, server.url, 'soak', name, { prepareContext: countConnectionFailures }));
    const pages = people.map((person) => person.page);
    console.log(`soak: ${NAMES.length} participants joined; running ${minutes} min against ${server.url} (server pid ${server.pid})`);
    const startedAt = performance.now();
    let previous: Previous = { media: await Promise.all(pages.map((page) => receivedMediaByParticipant(page))), serverCpu: sampleCpu(server.pid) };
    while (performance.now() - startedAt < minutes * 60_000) {
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_EVERY_MS));
      const taken = await takeSample(server, pages, startedAt, previous);
      previous = taken.next;
      samples.push(taken.sample);
      if (samples.length % PRINT_EVERY_SAMPLES === 0) console.log(formatSample(taken.sample));
    }
  } catch (error) {
    console.error(`soak: aborted: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await Promise.all(people.map((person) => person.close()));
    await browser.close();
    await server.stop();
  }
  const { text, passed } = formatSummary(samples, NAMES.length, minutes);
  console.log(text);
  return passed ? 0 : 1;
}

process.exit(await main());
