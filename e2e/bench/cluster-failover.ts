/**
 * Failover rounds for `bench:cluster`: each round puts fresh cohort circles on one node, SIGKILLs it,
 * and times kill → every client of those circles back in its circle on a surviving node (ClusterPeer
 * `rejoined`), then restarts the node and waits until HAProxy sees it UP again.
 */
import { createCohort, type CohortFixture } from '../../server/test/support/cohort-fixture';
import { ClusterPeer } from '../support/cluster/cluster-peer';
import type { Cluster, ClusterNode } from '../support/cluster/start-cluster';
import { formatMs, median } from './stats';

export interface FailoverOptions {
  kills: number;
  circlesPerKill: number;
  /** Members besides the facilitator. */
  membersPerCircle: number;
}

/** Every cohort has this many sessions scheduled ahead (cohort-admin's SCHEDULED_AHEAD): one per round. */
const SESSIONS_PER_COHORT = 6;
const REJOIN_TIMEOUT_MS = 30_000;
/** A third of the lease (CLUSTER_LEASE_MS, 3 s by default). */
const LEASE_RENEWAL_MS = Number(process.env['CLUSTER_LEASE_MS'] ?? 3_000) / 3;
const MEMBER_NAMES = ['Ada', 'Ben', 'Cy', 'Dee', 'Eli', 'Flo', 'Gus'];

interface Round {
  victim: string;
  clients: number;
  firstBackMs: number;
  allBackMs: number;
  landedOn: string[];
  /** Circles whose clients came back on different nodes (must be 0). */
  split: number;
  upAgainMs: number;
}

export async function runFailoverRounds(cluster: Cluster, options: FailoverOptions): Promise<void> {
  const cohorts: CohortFixture[] = [];
  const rounds: Round[] = [];
  for (let round = 0; round < options.kills; round += 1) {
    const group = Math.floor(round / SESSIONS_PER_COHORT);
    while (cohorts.length < (group + 1) * options.circlesPerKill) {
      cohorts.push(await createCohort(cluster.url, MEMBER_NAMES.slice(0, options.membersPerCircle), { acceptAgreement: true }));
    }
    const fixtures = cohorts.slice(group * options.circlesPerKill, (group + 1) * options.circlesPerKill);
    const victim = cluster.nodes[round % cluster.nodes.length]!;
    const result = await killAndTime(cluster, victim, fixtures, round % SESSIONS_PER_COHORT);
    rounds.push(result);
    console.log(
      `round ${String(round + 1).padStart(2)}: killed ${result.victim} (${options.circlesPerKill} circles, ${result.clients} clients) → ` +
        `first back ${formatMs(result.firstBackMs).padStart(8)}, all back ${formatMs(result.allBackMs).padStart(8)} on ${result.landedOn.join('+')}` +
        `${result.split > 0 ? ` — ${result.split} CIRCLE(S) SPLIT OVER NODES` : ''}; ` +
        `restarted, UP in HAProxy after ${formatMs(result.upAgainMs)}`,
    );
  }
  const allBack = rounds.map((round) => round.allBackMs);
  console.log(`failover over ${rounds.length} kills: kill → all clients back  median ${formatMs(median(allBack))}  max ${formatMs(Math.max(...allBack))}`);
}

async function killAndTime(cluster: Cluster, victim: ClusterNode, fixtures: CohortFixture[], sessionIndex: number): Promise<Round> {
  const circles = await Promise.all(fixtures.map((fixture) => enterOn(cluster.url, victim.id, fixture, fixture.cohort.sessions[sessionIndex]!.id)));
  const peers = circles.flat();
  try {
    const misplaced = peers.filter((peer) => peer.lastJoin?.node !== victim.id);
    if (misplaced.length > 0) throw new Error(`${misplaced.length} clients did not land on ${victim.id}`);
    // A crash comes at any point of the lease's renewal cycle, not just after the circle was claimed
    // (which would leave nearly a whole lease to wait out): past the first renewal, at a random phase.
    await new Promise((resolve) => setTimeout(resolve, LEASE_RENEWAL_MS * (1 + Math.random())));
    const rejoins = peers.map((peer) => peer.nextRejoin(REJOIN_TIMEOUT_MS));
    const killedAt = Date.now();
    await victim.kill();
    const back = await Promise.all(rejoins);
    const split = circles.filter((circle) => new Set(circle.map((peer) => peer.lastJoin!.node)).size > 1).length;
    const backMs = back.map((join) => join.at - killedAt);
    const restartedAt = Date.now();
    await victim.restart();
    await waitUntilUp(cluster, victim.id);
    return {
      victim: victim.id,
      clients: peers.length,
      firstBackMs: Math.min(...backMs),
      allBackMs: Math.max(...backMs),
      landedOn: [...new Set(back.map((join) => join.node))].sort(),
      split,
      upAgainMs: Date.now() - restartedAt,
    };
  } finally {
    peers.forEach((peer) => peer.close());
  }
}

/** The facilitator asks for `node` (as a client that knows the owner would): the circle starts there; members come through HAProxy. */
async function enterOn(baseUrl: string, node: string, fixture: CohortFixture, sessionId: string): Promise<ClusterPeer[]> {
  const facilitator = await ClusterPeer.enter(baseUrl, fixture.facilitator.cookie, sessionId, { node });
  await facilitator.request('lobby:setDoor', { open: true });
  const members = await Promise.all(fixture.members.map((member) => ClusterPeer.enter(baseUrl, member.cookie, sessionId)));
  return [facilitator, ...members];
}

async function waitUntilUp(cluster: Cluster, nodeId: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const stats = await cluster.haproxyStats();
    if (stats.find((server) => server.id === nodeId)?.status === 'UP') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${nodeId} not UP in HAProxy 30 s after its restart`);
}
