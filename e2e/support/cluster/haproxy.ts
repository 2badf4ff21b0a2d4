import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { spawnChild, waitUntil, type Child } from './child-processes';
import { haproxyConfig, type HaproxyNode } from './haproxy-config';

/**
 * Whether HAProxy tests run: with haproxy installed, or required (REQUIRE_CLUSTER_TESTS=1, set by
 * `npm test`, which installs it) — then a missing haproxy is an error, not a skip.
 */
export function haproxyInstalled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (spawnSync('haproxy', ['-v']).status === 0) return true;
  if (env['REQUIRE_CLUSTER_TESTS'] === '1') throw new Error('REQUIRE_CLUSTER_TESTS=1 but haproxy is not installed: run `npm test`, or apt-get install haproxy');
  console.warn('SKIPPED: haproxy is not installed (`npm test` installs it; or apt-get install haproxy)');
  return false;
}

export interface HaproxyServerStat {
  /** The node id (HAProxy server name). */
  id: string;
  /** UP, DOWN, `UP 1/2`, `DOWN 1/2`, … */
  status: string;
  /** Sessions HAProxy has sent to it so far. */
  sessions: number;
}

export interface HaproxyProcess {
  url: string;
  port: number;
  child: Child;
  stats(): Promise<HaproxyServerStat[]>;
  /** Request log lines so far (`option httplog`: `… nodes/n2 …` names the node that answered). */
  log(): string;
}

/** HAProxy in the foreground (`-db`) on 127.0.0.1:port in front of `nodes`; resolves once every node is UP. */
export async function startHaproxy(port: number, nodes: HaproxyNode[], dir: string): Promise<HaproxyProcess> {
  const configFile = path.join(dir, 'haproxy.cfg');
  const statsSocket = path.join(dir, 'haproxy.sock');
  writeFileSync(configFile, haproxyConfig({ bind: `127.0.0.1:${port}`, nodes, statsSocket, logToStdout: true }));
  const child = spawnChild('haproxy', ['-f', configFile, '-db']);
  const stats = () => readStats(statsSocket);
  await waitUntil('haproxy with every node UP', async () => {
    const servers = await stats();
    return servers.length === nodes.length && servers.every((server) => server.status === 'UP');
  }, child);
  return { url: `http://127.0.0.1:${port}`, port, child, stats, log: child.output };
}

async function readStats(socketPath: string): Promise<HaproxyServerStat[]> {
  const csv = await new Promise<string>((resolve, reject) => {
    let text = '';
    const socket = net.connect(socketPath, () => socket.write('show stat\n'));
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.once('end', () => resolve(text));
    socket.once('error', reject);
  });
  const [header, ...rows] = csv.replace(/^# /, '').trim().split('\n').map((line) => line.split(','));
  const column = (name: string) => header!.indexOf(name);
  return rows
    .filter((row) => row[column('pxname')] === 'nodes' && !['FRONTEND', 'BACKEND'].includes(row[column('svname')]!))
    .map((row) => ({ id: row[column('svname')]!, status: row[column('status')]!, sessions: Number(row[column('stot')]) }));
}
