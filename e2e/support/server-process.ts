import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childWorkerPids } from '../../server/test/support/server-process';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  /** PIDs of this server's mediasoup worker processes (children named mediasoup-worker). */
  workerPids(): number[];
  health(): Promise<HealthReport>;
  /** Everything the server wrote to stdout and stderr, when started with `captureOutput`. */
  output(): string;
  /** SIGKILL: a crash, not a graceful shutdown. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export interface HealthReport {
  status: string;
  workers: number;
  rooms: number;
  participants: number;
  mediaObjects: { transports: number; producers: number; pausedProducers: number; consumers: number; pausedConsumers: number };
  workerObjects?: { routers: number; webRtcTransports: number; allObjects: number };
  eventLoopDelay?: { p99Ms: number; maxMs: number; windowSeconds: number };
}

let nextPort = 3100 + (process.pid % 50) * 20;

/** A free-ish port pair for a spec: HTTP on `port`, media on `port + 1000…`. */
export function allocatePort(): number {
  nextPort += 3;
  return nextPort;
}

/** Whether something accepts TCP connections on 127.0.0.1:`port` right now. */
export function somethingListensOn(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.connect({ port, host: '127.0.0.1' });
    const answer = (listening: boolean) => {
      probe.destroy();
      resolve(listening);
    };
    probe.setTimeout(1_000, () => answer(true));
    probe.once('connect', () => answer(true));
    probe.once('error', () => answer(false));
  });
}

/**
 * The next port from `candidates` (allocatePort by default) that nobody listens on: specs and helpers
 * of other checkouts on the same machine draw from the same range.
 */
export async function allocateUnusedPort(candidates: () => number = allocatePort): Promise<number> {
  for (let tries = 0; tries < 20; tries += 1) {
    const port = candidates();
    if (!(await somethingListensOn(port))) return port;
  }
  throw new Error('no unused port found in 20 tries');
}

/** Runs the real server (`server/src/main.ts`) as its own process, as `npm start` would. */
/**
 * `env.DATA_DIR` names the database directory; without it each server gets a fresh temporary one.
 * Demo rooms are on unless `env.DEMO_ROOMS` says otherwise. A variable set to `undefined` in `env` is
 * removed from what the server inherits.
 */
export async function startServer(options: { port?: number; env?: Record<string, string | undefined>; captureOutput?: boolean } = {}): Promise<ServerProcess> {
  const port = options.port ?? (await allocateUnusedPort());
  // Another process's server would answer the health check below, and take this server's requests.
  if (await somethingListensOn(port)) throw new Error(`port ${port} is already in use by another process`);
  const ownsDataDir = options.env?.['DATA_DIR'] === undefined;
  const dataDir = options.env?.['DATA_DIR'] ?? mkdtempSync(path.join(os.tmpdir(), 'peercircle-e2e-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: withoutUnset({
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      RTC_PORT: String(port + 10_000),
      MEDIASOUP_WORKERS: '1',
      LOG_LEVEL: process.env['E2E_SERVER_LOG_LEVEL'] ?? 'warn',
      DEMO_ROOMS: '1',
      DATA_DIR: dataDir,
      AUTH_ATTEMPTS_PER_MINUTE: '1000',
      ...options.env,
    }),
    stdio: ['ignore', options.captureOutput ? 'pipe' : 'inherit', options.captureOutput ? 'pipe' : 'inherit'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const url = `http://127.0.0.1:${port}`;
  // A server that misses the deadline must not outlive the failed start (it would hold its ports).
  await waitForHealth(url, child).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  const pid = child.pid ?? 0;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    port,
    pid,
    dataDir,
    workerPids: () => childWorkerPids(pid),
    output: () => output.join(''),
    health: async () => (await fetch(`${url}/api/health`)).json() as Promise<HealthReport>,
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      if (ownsDataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function withoutUnset(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server at ${url} did not become healthy`);
}
