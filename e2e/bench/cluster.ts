/**
 * `npm run bench:cluster`: a local cluster (Redis, PostgreSQL, HAProxy, N nodes) under browser-less
 * socket.io clients, in one run:
 *   1. where 125 circles of 8 (1,000 clients) land when they all come in through HAProxy;
 *   2. fan-out of facilitator commands with those clients on 3 nodes, against the same load and pacing
 *      on a 1-node cluster (same code path: HAProxy, Redis adapter, leases);
 *   3. failover: SIGKILL the node owning 2 cohort circles of 4, time kill → every client back, ×10.
 * Usage: npm run bench:cluster -- [--clients 1000] [--kills 10] [--nodes 3]
 */
import os from 'node:os';
import { parseArgs } from 'node:util';
import { ClusterPeer } from '../support/cluster/cluster-peer';
import { startCluster, type Cluster } from '../support/cluster/start-cluster';
import { runFailoverRounds } from './cluster-failover';
import { PACED_COMMANDS, PACED_THINK_MS, reportLatencies, runCommands, startCircle, UNTHROTTLED_ENV, type BenchCircle } from './command-fanout';
import { cpuPercent, sampleCpu, sampleMachineCpu } from './process-usage';

const CIRCLE_SIZE = 8;

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '1000' },
    kills: { type: 'string', default: '10' },
    nodes: { type: 'string', default: '3' },
  },
});
const circleCount = Math.max(1, Math.round(Number(values.clients) / CIRCLE_SIZE));
const kills = Number(values.kills);
const nodeCount = Number(values.nodes);

interface DemoCircle extends BenchCircle {
  peers: ClusterPeer[];
  node: string;
}

/** One circle after another, as facilitators arrive; the facilitator first (placement happens on the first join), then the rest at once. */
async function placeDemoCircles(cluster: Cluster, prefix: string): Promise<DemoCircle[]> {
  const circles: DemoCircle[] = [];
  for (let i = 0; i < circleCount; i += 1) {
    const demoRoom = `${prefix}-${i}`;
    const facilitator = await ClusterPeer.enterDemoRoom(cluster.url, demoRoom, 'P0');
    const others = await Promise.all(Array.from({ length: CIRCLE_SIZE - 1 }, (_, index) => ClusterPeer.enterDemoRoom(cluster.url, demoRoom, `P${index + 1}`)));
    const peers = [facilitator, ...others];
    const nodes = new Set(peers.map((peer) => peer.lastJoin!.node));
    if (nodes.size !== 1) throw new Error(`circle ${demoRoom} is split over ${[...nodes].join(', ')}`);
    circles.push({ ...(await startCircle(peers.map((peer) => peer.socket))), peers, node: facilitator.lastJoin!.node });
  }
  return circles;
}

async function printPlacement(cluster: Cluster, circles: DemoCircle[]): Promise<void> {
  console.log(`placement: ${circles.length} circles of ${CIRCLE_SIZE} (${(circles.length * CIRCLE_SIZE).toLocaleString('en')} clients) through HAProxy, ${cluster.nodes.length} node(s)`);
  console.log('  node   circles  participants   (node /api/health: rooms, participants)');
  for (const node of cluster.nodes) {
    const hosted = circles.filter((circle) => circle.node === node.id);
    const health = (await (await fetch(`${node.url}/api/health`)).json()) as { rooms: number; participants: number };
    console.log(`  ${node.id.padEnd(6)} ${String(hosted.length).padStart(7)}  ${String(hosted.length * CIRCLE_SIZE).padStart(12)}   (${health.rooms}, ${health.participants})`);
  }
}

interface FanoutResult {
  label: string;
  latencies: number[];
  seconds: number;
  cpu: string;
}

/** fanout.ts's paced mode: every facilitator acts about twice a second, all circles at once. */
async function pacedFanout(cluster: Cluster, circles: DemoCircle[]): Promise<FanoutResult> {
  await Promise.all(circles.map((circle) => runCommands(circle, 5))); // warm-up
  const processes = [...cluster.nodes.map((node) => [node.id, node.pid] as const), ['haproxy', cluster.supportPids.haproxy] as const, ['redis', cluster.supportPids.redis] as const];
  const before = processes.map(([, pid]) => sampleCpu(pid));
  const machineBefore = sampleMachineCpu();
  const benchBefore = { usage: process.cpuUsage(), at: performance.now() };
  const startedAt = performance.now();
  const latencies = (await Promise.all(circles.map((circle) => runCommands(circle, PACED_COMMANDS, PACED_THINK_MS)))).flat();
  const seconds = (performance.now() - startedAt) / 1000;
  const usage = process.cpuUsage(benchBefore.usage);
  const benchPercent = ((usage.user + usage.system) / 1000 / (performance.now() - benchBefore.at)) * 100;
  const cpu = [
    ...processes.map(([name, pid], index) => `${name} ${cpuPercent(before[index]!, sampleCpu(pid)).toFixed(0)}`),
    `bench clients ${benchPercent.toFixed(0)}`,
    `machine ${cpuPercent(machineBefore, sampleMachineCpu()).toFixed(0)} of ${os.cpus().length * 100}`,
  ].join(', ');
  return { label: `${cluster.nodes.length} node${cluster.nodes.length > 1 ? 's' : ''}, ${(circles.length * CIRCLE_SIZE).toLocaleString('en')} clients`, latencies, seconds, cpu };
}

function printFanout(result: FanoutResult): void {
  reportLatencies(result.label, result.latencies, result.latencies.length * CIRCLE_SIZE, result.seconds);
  console.log(`${''.padEnd(34)} CPU % of one core: ${result.cpu}`);
}

/** Starts a cluster, places the circles, measures fan-out; `then` runs on the same cluster with the demo clients gone. */
async function onCluster(nodes: number, prefix: string, then?: (cluster: Cluster) => Promise<void>): Promise<FanoutResult> {
  const cluster = await startCluster({ nodes, env: { LOG_LEVEL: process.env['E2E_SERVER_LOG_LEVEL'] ?? 'error', ...UNTHROTTLED_ENV } });
  let circles: DemoCircle[] = [];
  try {
    const placingFrom = performance.now();
    circles = await placeDemoCircles(cluster, prefix);
    await printPlacement(cluster, circles);
    console.log(`  (placed in ${((performance.now() - placingFrom) / 1000).toFixed(1)} s)`);
    const result = await pacedFanout(cluster, circles);
    printFanout(result);
    circles.flatMap((circle) => circle.peers).forEach((peer) => peer.close());
    circles = [];
    if (then) await then(cluster);
    return result;
  } finally {
    circles.flatMap((circle) => circle.peers).forEach((peer) => peer.close());
    await cluster.stop();
  }
}

async function main(): Promise<void> {
  const benchStartedAt = performance.now();
  const commandsPerSecond = Math.round((circleCount * 1000) / PACED_THINK_MS);
  console.log(`bench:cluster — ${circleCount * CIRCLE_SIZE} socket.io clients in ${circleCount} DEMO ROOMS of ${CIRCLE_SIZE} (placed like cohort sessions, keyed demo:<name>; no media)`);
  console.log(`fan-out: ${PACED_COMMANDS} timer pause/resume commands per circle, ~${commandsPerSecond} commands/s in all (bench:fanout's paced mode)`);
  console.log(`failover: ${kills} kills of a node owning 2 cohort circles of 4 (signed-in accounts), lease ${process.env['CLUSTER_LEASE_MS'] ?? '3000 (default)'} ms`);
  console.log(
    `NOISE: ${os.cpus().length} cores shared by every node, HAProxy, Redis, PostgreSQL and this process's clients — ` +
      'more nodes here add hops and processes, not cores: read the cluster rows as routing overhead, not scale-out.\n',
  );

  console.log('── 1 node ──');
  const single = await onCluster(1, 'one');
  console.log(`\n── ${nodeCount} nodes ──`);
  const spread = await onCluster(nodeCount, 'spread', async (cluster) => {
    console.log(`\nfailover (${nodeCount} nodes, the demo clients gone):`);
    await runFailoverRounds(cluster, { kills, circlesPerKill: 2, membersPerCircle: 3 });
  });

  console.log('\nfan-out, same load and pacing:');
  for (const result of [single, spread]) printFanout(result);
  console.log(`\ntotal ${((performance.now() - benchStartedAt) / 1000).toFixed(0)} s`);
}

await main();
