import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './server-process';

export interface RedisServer {
  url: string;
  port: number;
  pid: number;
  exited: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Whether Redis tests run: with redis-server installed, or required (REQUIRE_CLUSTER_TESTS=1, set by
 * `npm test`, which installs it) — then a missing redis-server is an error, not a skip.
 */
export function redisTestsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (spawnSync('redis-server', ['--version']).status === 0) return true;
  if (env['REQUIRE_CLUSTER_TESTS'] === '1') throw new Error('REQUIRE_CLUSTER_TESTS=1 but redis-server is not installed: run `npm test`, or apt-get install redis-server');
  return false;
}

/** A private redis-server (Debian's) on a free loopback port that keeps nothing on disk. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-redis-'));
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir, '--daemonize', 'no', '--loglevel', 'notice'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const deadline = Date.now() + 10_000;
  while (!output.includes('Ready to accept connections')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not start: ${output.slice(-500)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    pid: child.pid ?? 0,
    exited,
    async stop() {
      child.kill('SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
