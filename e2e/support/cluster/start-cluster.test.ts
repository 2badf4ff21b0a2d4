import http from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterTestsEnabled } from './cluster-tests-enabled';
import { startCluster, type Cluster } from './start-cluster';

/**
 * The launcher with real PeerCircle nodes: routing through HAProxy, a crashed node, a restart, and a
 * stop that leaves no process or database behind. `npm test` installs redis-server and haproxy and
 * sets TEST_DATABASE_URL.
 */

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * One GET on a connection of its own. fetch would reuse its pooled keep-alive connection to HAProxy, which
 * HAProxy closes when the node behind it dies: the request then fails on the closing socket, where a
 * browser would retry it. The test is about routing, not about that race.
 */
function getOnNewConnection(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe.skipIf(!clusterTestsEnabled())('startCluster', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await startCluster({ nodes: 2, env: { LOG_LEVEL: 'error' } });
  }, 90_000);

  afterAll(async () => {
    await cluster?.stop();
  }, 30_000);

  it('puts HAProxy in front of every node, and ?node=<id> reaches that node', async () => {
    expect((await cluster.haproxyStats()).map((server) => [server.id, server.status])).toEqual([['n1', 'UP'], ['n2', 'UP']]);
    for (let index = 0; index < 3; index += 1) expect((await fetch(`${cluster.url}/api/health?node=n2`)).status).toBe(200);
    // HAProxy logs a request just after answering it.
    await expect.poll(() => cluster.haproxyLog().match(/nodes\/n2 .*"GET \/api\/health\?node=n2 /g)?.length).toBe(3);
    expect(cluster.redisUrl).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
    expect(new Set(cluster.nodes.map((node) => node.port)).size).toBe(2);
  });

  it('answers for a SIGKILLed node from the other one, and takes the node back after restart()', async () => {
    const n2 = cluster.nodes[1]!;
    const oldPid = n2.pid;
    await n2.kill();
    expect(alive(oldPid), 'the old n2 process is gone').toBe(false);
    const answer = await getOnNewConnection(`${cluster.url}/api/health?node=n2`);
    expect(answer.status, `${answer.body}\n${JSON.stringify(await cluster.haproxyStats())}`).toBe(200);
    await expect.poll(async () => (await cluster.haproxyStats()).find((server) => server.id === 'n2')?.status, { timeout: 2_000 }).toMatch(/^DOWN/);
    await n2.restart();
    expect(n2.pid).not.toBe(oldPid);
    expect((await fetch(`${n2.url}/api/health`)).status).toBe(200);
    await expect.poll(async () => (await cluster.haproxyStats()).find((server) => server.id === 'n2')?.status, { timeout: 3_000 }).toBe('UP');
  }, 60_000);

  it('stop() ends every process it started and drops the database', async () => {
    const pids = cluster.nodes.map((node) => node.pid);
    const database = new URL(cluster.databaseUrl).pathname.slice(1);
    await cluster.stop();
    expect(pids.filter(alive)).toEqual([]);
    await expect(fetch(`${cluster.url}/api/health`)).rejects.toThrow();
    const admin = new pg.Client({ connectionString: process.env['TEST_DATABASE_URL'] });
    await admin.connect();
    try {
      expect((await admin.query('select 1 from pg_database where datname = $1', [database])).rowCount).toBe(0);
    } finally {
      await admin.end();
    }
  }, 30_000);
});
