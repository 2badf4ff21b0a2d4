import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import dgram from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const READY_LINE = 'Total General servers';

export interface TurnServer {
  /** TURN_URLS for the PeerCircle server. */
  urls: string[];
  /** TURN_SECRET for the PeerCircle server: coturn's static-auth-secret. */
  secret: string;
  /** Allocations coturn granted to a `<expiry>:<participant>` credential (each one a relay address). */
  grantedAllocations(): number;
  log(): string;
  stop(): Promise<void>;
}

/**
 * Debian's coturn on 127.0.0.1 with the secret scheme PeerCircle's server uses (`use-auth-secret`):
 * no TLS, no CLI, loopback peers allowed (the SFU is on loopback too), pid file and user database in
 * a temporary directory, log on stdout. Installs the coturn package first when it is missing.
 */
export async function startCoturn(): Promise<TurnServer> {
  ensureCoturnInstalled();
  const port = await freeUdpAndTcpPort();
  const secret = randomBytes(24).toString('hex');
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-coturn-'));
  const child = spawn(
    'turnserver',
    [
      '-n',
      '--listening-ip=127.0.0.1',
      '--relay-ip=127.0.0.1',
      `--listening-port=${port}`,
      '--use-auth-secret',
      `--static-auth-secret=${secret}`,
      '--realm=peercircle.test',
      '--fingerprint',
      '--no-tls',
      '--no-dtls',
      '--no-cli',
      '--no-multicast-peers',
      '--allow-loopback-peers',
      '--log-file=stdout',
      '--simple-log',
      // Allocation outcomes are logged at verbose level only.
      '--verbose',
      `--pidfile=${path.join(workDir, 'turnserver.pid')}`,
      `--userdb=${path.join(workDir, 'turndb')}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!log.includes(READY_LINE)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`coturn did not start:\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    urls: [`turn:127.0.0.1:${port}?transport=udp`, `turn:127.0.0.1:${port}?transport=tcp`],
    secret,
    grantedAllocations: () => log.split('\n').filter((line) => /user <\d+:[^>]+>: incoming packet ALLOCATE processed, success/.test(line)).length,
    log: () => log,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** The way scripts/test.sh does it: through scripts/lib/debian-packages.sh (apt-get, as root or with sudo). */
function ensureCoturnInstalled(): void {
  try {
    execFileSync('sh', ['-c', 'command -v turnserver'], { stdio: 'ignore' });
  } catch {
    execFileSync('sh', ['-c', '. scripts/lib/debian-packages.sh && ensure_debian_tools coturn'], { cwd: repoRoot, stdio: 'inherit' });
  }
}

/** A port free for both UDP and TCP on 127.0.0.1 (coturn listens on both). */
async function freeUdpAndTcpPort(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const tcp = net.createServer();
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    const { port } = tcp.address() as net.AddressInfo;
    const udp = dgram.createSocket('udp4');
    const udpFree = await new Promise<boolean>((resolve) => {
      udp.once('error', () => resolve(false));
      udp.bind(port, '127.0.0.1', () => resolve(true));
    });
    udp.close();
    await new Promise((resolve) => tcp.close(resolve));
    if (udpFree) return port;
  }
  throw new Error('no port free for both UDP and TCP');
}
