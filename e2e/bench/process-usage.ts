import { readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = 100;

interface CpuSample {
  ticks: number;
  at: number;
}

function cpuTicks(pid: number): number {
  // /proc/<pid>/stat: fields 14 and 15 are utime and stime, after the parenthesised command name.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

export function sampleCpu(pid: number): CpuSample {
  return { ticks: cpuTicks(pid), at: performance.now() };
}

/** CPU use between two samples, in percent of one core. */
export function cpuPercent(from: CpuSample, to: CpuSample): number {
  const cpuSeconds = (to.ticks - from.ticks) / CLOCK_TICKS_PER_SECOND;
  return (100 * cpuSeconds) / ((to.at - from.at) / 1000);
}

/** Busy time of the whole machine, all cores together: /proc/stat's `cpu` line less idle and iowait. */
export function sampleMachineCpu(): CpuSample {
  const ticks = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks as [number, number, number, number, number, number, number, number];
  return { ticks: user + nice + system + irq + softirq + steal, at: performance.now() };
}
