import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** performance.now() when the process was seen to exit. */
  at: number;
}

export interface ServerProcess {
  pid: number;
  url: string;
  /** Everything the process wrote to stdout and stderr so far, interleaved. */
  output(): string;
  exited: Promise<ProcessExit>;
  /** PIDs of this server's mediasoup worker processes. */
  workerPids(): number[];
  health(): Promise<ServerHealth>;
  signal(signal: NodeJS.Signals): void;
  /** SIGTERM unless it already exited; resolves when it has. */
  stop(): Promise<ProcessExit>;
}

export interface ServerHealth {
  status: string;
  workers: number;
  rooms: number;
  participants: number;
  mediaObjects: { transports: number; producers: number; pausedProducers: number; consumers: number; pausedConsumers: number };
  [key: string]: unknown;
}

export interface SpawnOptions {
  /** Run as this user (e.g. nobody, to meet permissions that root ignores). */
  uid?: number;
  gid?: number;
}

/**
 * Runs the real server entry point (`node --import tsx server/src/main.ts`) as its own process with
 * exactly the given settings on top of the inherited environment (PATH, MEDIASOUP_WORKER_BIN…).
 */
export function spawnServer(env: Record<string, string>, options: SpawnOptions = {}): ServerProcess {
  const port = Number(env['PORT'] ?? 0);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, HOST: '127.0.0.1', MEDIASOUP_WORKERS: '1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options,
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<ProcessExit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  const url = `http://127.0.0.1:${port}`;
  const pid = child.pid ?? 0;
  return {
    pid,
    url,
    output: () => output,
    exited,
    workerPids: () => childWorkerPids(pid),
    health: async () => (await fetch(`${url}/api/health`)).json() as Promise<ServerHealth>,
    signal: (signal) => void child.kill(signal),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Spawns the server on a free port and waits until /api/health answers. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const server = spawnServer({ PORT: String(await freePort()), RTC_PORT: '0', ...env });
  const deadline = Date.now() + 30_000;
  let exitedEarly = false;
  void server.exited.then(() => (exitedEarly = true));
  while (Date.now() < deadline && !exitedEarly) {
    const healthy = await fetch(`${server.url}/api/health`).then((response) => response.ok, () => false);
    if (healthy) return server;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await server.stop();
  throw new Error(`server did not become healthy:\n${server.output()}`);
}

/** A TCP port nobody listens on right now on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Resident set size of a process in MiB, from /proc. */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

/** PIDs of a process's mediasoup worker children. */
export function childWorkerPids(parentPid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(parentPid)], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter(([, command]) => command?.startsWith('mediasoup'))
      .map(([pid]) => Number(pid));
  } catch {
    return [];
  }
}
