import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * Processes a cluster started (redis-server, haproxy, nodes): SIGKILLed when this process exits
 * without having stopped them, so a crashed test or launcher leaves nothing behind.
 */
const running = new Set<number>();
const directories = new Set<string>();
let exitHookInstalled = false;

export function trackUntilExit(pid: number, exited: Promise<unknown>): void {
  running.add(pid);
  void exited.then(() => running.delete(pid), () => running.delete(pid));
  installExitHook();
}

/** Removes `dir` when this process exits, unless `forget()` was called first. */
export function removeOnExit(dir: string): () => void {
  directories.add(dir);
  installExitHook();
  return () => directories.delete(dir);
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const orphan of running) {
      try {
        process.kill(orphan, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    for (const dir of directories) rmSync(dir, { recursive: true, force: true });
  });
}

export interface Child {
  process: ChildProcess;
  pid: number;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** stdout and stderr so far. */
  output(): string;
  /** Sends `signal` unless it has already exited; resolves once it has. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function spawnChild(command: string, args: string[], options: SpawnOptions = {}): Child {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  const chunks: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream?.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
    child.once('error', () => resolve({ code: null, signal: null }));
  });
  const pid = child.pid ?? 0;
  if (pid) trackUntilExit(pid, exited);
  return {
    process: child,
    pid,
    exited,
    output: () => chunks.join(''),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Resolves once `check` returns true; fails with `describe()` if `child` exits first or time runs out. */
export async function waitUntil(what: string, check: () => Promise<boolean>, child: Child, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  void child.exited.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error(`${what}: the process exited early:\n${child.output()}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what}: not ready within ${timeoutMs} ms:\n${child.output()}`);
}
