import os from 'node:os';
import { median, percentile } from '../bench/stats';

/** One 10-second look at the circle: the server's counts and memory, the browsers' connections and media. */
export interface SoakSample {
  elapsedMs: number;
  participants: number;
  consumers: number;
  producers: number;
  serverRssMiB: number;
  /** All mediasoup workers of the server together. */
  workerRssMiB: number;
  /** The node process's CPU use since the last sample, in % of one core, and the machine's 1-minute load. */
  serverCpuPercent: number;
  machineLoad: number;
  /** The server's event-loop delay over its last complete 10 s window. */
  eventLoopP99Ms: number;
  eventLoopMaxMs: number;
  /** Cumulative since the pages opened, over all participants. */
  iceFailures: number;
  dtlsFailures: number;
  iceDisconnects: number;
  peerConnections: number;
  /** Participants not receiving growing video and audio from every other participant since the last sample. */
  stalledReceivers: number;
}

const clock = (ms: number) => `${Math.floor(ms / 60_000)}:${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}`;
const mib = (value: number) => `${value.toFixed(0)} MiB`;

export function formatSample(sample: SoakSample): string {
  return (
    `t=${clock(sample.elapsedMs)}  participants ${sample.participants}  consumers ${sample.consumers}  producers ${sample.producers}  ` +
    `RSS node ${mib(sample.serverRssMiB)} workers ${mib(sample.workerRssMiB)}  node CPU ${sample.serverCpuPercent.toFixed(0)} %  ` +
    `loop p99 ${sample.eventLoopP99Ms} ms (max ${sample.eventLoopMaxMs})  load ${sample.machineLoad.toFixed(1)}  ` +
    `ICE/DTLS failures ${sample.iceFailures}/${sample.dtlsFailures}  stalled receivers ${sample.stalledReceivers}`
  );
}

/** The closing report and the verdict: no ICE or DTLS failure, and nobody lost from the circle. */
export function formatSummary(samples: SoakSample[], participants: number, minutes: number): { text: string; passed: boolean } {
  const [start, last] = [samples[0], samples.at(-1)];
  if (!start || !last) return { text: 'soak: no samples taken', passed: false };
  const expectedConsumers = participants * (participants - 1) * 2;
  const consumers = samples.map((sample) => sample.consumers);
  const loopP99s = samples.map((sample) => sample.eventLoopP99Ms);
  const stalls = samples.reduce((total, sample) => total + sample.stalledReceivers, 0);
  const failures = last.iceFailures + last.dtlsFailures;
  const lostAnyone = samples.some((sample) => sample.participants < participants);
  const passed = failures === 0 && !lostAnyone;
  const lines = [
    `\nsoak summary: ${participants} participants, ${minutes} min, ${samples.length} samples every 10 s`,
    `  ICE failures ${last.iceFailures}, DTLS failures ${last.dtlsFailures} (ICE disconnects ${last.iceDisconnects}; ${last.peerConnections} peer connections opened)`,
    `  consumers: min ${Math.min(...consumers)}, max ${Math.max(...consumers)} (expected ${expectedConsumers}); participants min ${Math.min(...samples.map((s) => s.participants))}`,
    `  media: ${stalls} stalled receiver-samples of ${samples.length * participants}`,
    `  server RSS: node ${mib(start.serverRssMiB)} → ${mib(last.serverRssMiB)} (max ${mib(Math.max(...samples.map((s) => s.serverRssMiB)))}), ` +
      `workers ${mib(start.workerRssMiB)} → ${mib(last.workerRssMiB)} (max ${mib(Math.max(...samples.map((s) => s.workerRssMiB)))})`,
    `  event-loop delay p99 per 10 s window: median ${median(loopP99s)} ms, 95th percentile ${percentile(loopP99s, 95)} ms, worst ${Math.max(...loopP99s)} ms ` +
      `(longest single delay ${Math.max(...samples.map((s) => s.eventLoopMaxMs))} ms; node CPU median ${median(samples.map((s) => s.serverCpuPercent)).toFixed(0)} % ` +
      `of a core, machine load median ${median(samples.map((s) => s.machineLoad)).toFixed(1)} on ${os.availableParallelism()} cores)`,
    `  result: ${passed ? 'PASS' : `FAIL (${failures} ICE/DTLS failures${lostAnyone ? ', participants lost' : ''})`}`,
  ];
  return { text: lines.join('\n'), passed };
}
