/**
 * The cluster on real parts: Redis, PostgreSQL, HAProxy and three PeerCircle nodes (each with its
 * mediasoup worker), driven by signed-in socket.io clients that behave like the web client.
 */
import { Redis } from 'ioredis';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, CircleSessionView } from '@peercircle/shared';
import { createCohort, type CohortFixture } from '../../server/test/support/cohort-fixture';
import { callApi } from '../../server/test/support/http-client';
import { ClusterPeer } from '../support/cluster/cluster-peer';
import { connectPeerSocket } from '../support/peer-socket';
import { clusterTestsEnabled } from '../support/cluster/cluster-tests-enabled';
import { startCluster, type Cluster } from '../support/cluster/start-cluster';

interface Circle {
  fixture: CohortFixture;
  facilitator: ClusterPeer;
  members: ClusterPeer[];
}

const everyone = (circle: Circle) => [circle.facilitator, ...circle.members];
const nodeOf = (circle: Circle) => circle.facilitator.lastJoin!.node;

describe.skipIf(!clusterTestsEnabled())('a PeerCircle cluster of three nodes behind HAProxy', () => {
  let cluster: Cluster;
  const circles: Circle[] = [];

  beforeAll(async () => {
    cluster = await startCluster({ nodes: 3 });
    // One after another, as facilitators arrive: each start is placed with the loads the others reported.
    for (let i = 0; i < 6; i += 1) {
      const fixture = await createCohort(cluster.url, ['Ada', 'Ben', 'Cy'], { acceptAgreement: true });
      const facilitator = await ClusterPeer.enter(cluster.url, fixture.facilitator.cookie, fixture.session.id);
      await facilitator.request('lobby:setDoor', { open: true });
      const members = await Promise.all(fixture.members.map((member) => ClusterPeer.enter(cluster.url, member.cookie, fixture.session.id)));
      circles.push({ fixture, facilitator, members });
    }
  }, 120_000);

  afterAll(async () => {
    for (const circle of circles) everyone(circle).forEach((peer) => peer.close());
    // Let the nodes save those departures before they stop (else they log saves cut short).
    await new Promise((resolve) => setTimeout(resolve, 500));
    await cluster?.stop();
  });

  it('spreads 6 circles over the 3 nodes, no node with more than 3, each circle whole on one node', () => {
    const perNode = new Map<string, number>();
    for (const circle of circles) {
      expect(new Set(everyone(circle).map((peer) => peer.lastJoin!.node))).toEqual(new Set([nodeOf(circle)]));
      perNode.set(nodeOf(circle), (perNode.get(nodeOf(circle)) ?? 0) + 1);
    }
    expect([...perNode.keys()].sort()).toEqual(['n1', 'n2', 'n3']);
    expect(Math.max(...perNode.values())).toBeLessThanOrEqual(3);
  });

  it('refuses a visitor without a login before any node claims or places the circle', async () => {
    const fixture = await createCohort(cluster.url, ['Dee'], { acceptAgreement: true });
    const guest = await connectPeerSocket(`${cluster.url}?node=n1`);
    const redis = new Redis(cluster.redisUrl);
    try {
      const reply = await (guest.timeout(10_000) as unknown as { emitWithAck(e: string, p: unknown): Promise<Ack<unknown>> }).emitWithAck('room:join', {
        sessionId: fixture.session.id,
      });
      expect(reply).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
      expect(await redis.exists(`peercircle:lease:${fixture.session.id}`)).toBe(0);
    } finally {
      redis.disconnect();
      guest.disconnect();
    }
  });

  it('disconnects a member removed through another node within 1 s', async () => {
    const circle = circles[0]!;
    const removedThrough = cluster.nodes.find((node) => node.id !== nodeOf(circle))!;
    const cy = circle.members[2]!;
    const expelled = new Promise<number>((resolve) => cy.once('expelled', resolve));
    const sentAt = Date.now();
    const removal = await callApi(removedThrough.url, 'removeMember', {
      cookie: circle.fixture.facilitator.cookie,
      params: { cohortId: circle.fixture.cohort.id, memberId: circle.fixture.members[2]!.id },
    });
    expect(removal.status).toBe(200);
    const disconnectedAfter = (await expelled) - sentAt;
    expect(disconnectedAfter).toBeLessThan(1_000);
    circle.members.pop();
    cy.close();
  });

  it('moves a circle whose lease its node lost (a stall, a partition): the node lets go, its clients follow the new owner', async () => {
    const circle = circles[5]!;
    const sessionId = circle.fixture.session.id;
    const from = nodeOf(circle);
    const to = cluster.nodes.find((node) => node.id !== from)!.id;
    await circle.facilitator.request('session:command', { type: 'session.start' });
    const { version } = await circle.facilitator.request<{ version: number }>('session:command', { type: 'timer.extend', timer: 'phase', ms: 60_000 });
    const rejoins = everyone(circle).map((peer) => peer.nextRejoin(15_000));
    // Another node takes the lease over, with a newer epoch, as after the old owner's lease ran out.
    const redis = new Redis(cluster.redisUrl);
    try {
      const epoch = await redis.incr(`peercircle:epoch:${sessionId}`);
      await redis.set(`peercircle:lease:${sessionId}`, `${to}|${epoch}`, 'PX', 10_000);
    } finally {
      redis.disconnect();
    }
    const back = await Promise.all(rejoins);
    expect(new Set(back.map((join) => join.node))).toEqual(new Set([to]));
    const after = (await circle.facilitator.request<{ view: CircleSessionView }>('session:sync', {})).view;
    expect(after.status).toBe('running');
    expect(after.version).toBeGreaterThanOrEqual(version);
  });

  it('brings both circles of a SIGKILLed node back on the others within 10 s, nothing acknowledged lost', async () => {
    const perNode = new Map<string, Circle[]>();
    for (const circle of circles) perNode.set(nodeOf(circle), [...(perNode.get(nodeOf(circle)) ?? []), circle]);
    const [victimId, hosted] = [...perNode].find(([, list]) => list.length === 2)!;
    const victim = cluster.nodes.find((node) => node.id === victimId)!;

    // Mid-session: started, the floor moved on, the phase timer extended, a question in the queue.
    for (const circle of hosted) {
      await circle.facilitator.request('session:command', { type: 'session.start' });
      await circle.facilitator.request('session:command', { type: 'round.advance' });
      await circle.facilitator.request('session:command', { type: 'timer.extend', timer: 'phase', ms: 120_000 });
      const presenterId = (await circle.facilitator.request<{ view: CircleSessionView }>('session:sync', {})).view.presenterId;
      const asker = circle.members.find((peer) => peer.lastJoin!.session.view.viewerId !== presenterId)!;
      await asker.request('session:command', { type: 'question.submit', text: `Question before the crash in ${circle.fixture.session.id}`, anonymous: false });
    }
    const before = new Map<string, { view: CircleSessionView; lastAckedVersion: number }>();
    for (const circle of hosted) {
      // The last command acknowledged just before the kill.
      const { version } = await circle.facilitator.request<{ version: number }>('session:command', { type: 'timer.extend', timer: 'phase', ms: 60_000 });
      const { view } = await circle.facilitator.request<{ view: CircleSessionView }>('session:sync', {});
      before.set(circle.fixture.session.id, { view, lastAckedVersion: version });
    }

    const rejoins = hosted.flatMap((circle) => everyone(circle).map((peer) => peer.nextRejoin(20_000)));
    const killedAt = Date.now();
    await victim.kill();
    const back = await Promise.all(rejoins);
    const resyncMs = back.map((join) => join.at - killedAt);
    console.log(`failover: ${resyncMs.length} clients resynced after ${Math.min(...resyncMs)}–${Math.max(...resyncMs)} ms`);
    expect(Math.max(...resyncMs)).toBeLessThan(10_000);

    // The state each new owner loaded from PostgreSQL is the state acknowledged before the crash.
    const database = new pg.Client({ connectionString: cluster.databaseUrl });
    await database.connect();
    try {
      for (const circle of hosted) {
        const { view, lastAckedVersion } = before.get(circle.fixture.session.id)!;
        expect(new Set(everyone(circle).map((peer) => peer.lastJoin!.node)).size).toBe(1);
        expect(nodeOf(circle)).not.toBe(victimId);
        const after = (await circle.facilitator.request<{ view: CircleSessionView }>('session:sync', {})).view;
        expect(after.version).toBeGreaterThanOrEqual(lastAckedVersion);
        expect(after.status).toBe('running');
        expect(after.currentPhaseIndex).toBe(view.currentPhaseIndex);
        expect(after.floor).toEqual(view.floor);
        expect(after.round).toEqual(view.round);
        expect(after.phaseTimer).toEqual(view.phaseTimer);
        expect(after.questions.map((question) => question.text)).toEqual(view.questions.map((question) => question.text));
        const saved = await database.query<{ version: number; owner_epoch: number }>('select version, owner_epoch from live_session_states where session_id = $1', [circle.fixture.session.id]);
        expect(saved.rows[0]!.version).toBeGreaterThanOrEqual(lastAckedVersion);
        expect(saved.rows[0]!.owner_epoch).toBeGreaterThan(1);
      }
    } finally {
      await database.end();
    }
    // The circles went to the nodes still alive, and the cluster still places new circles.
    const fixture = await createCohort(cluster.url, ['Dee'], { acceptAgreement: true });
    const late = await ClusterPeer.enter(cluster.url, fixture.facilitator.cookie, fixture.session.id);
    expect(late.lastJoin!.node).not.toBe(victimId);
    late.close();
  }, 60_000);
});
