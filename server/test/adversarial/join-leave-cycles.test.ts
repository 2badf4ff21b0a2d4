import { afterAll, beforeAll, expect, it } from 'vitest';
import { opusRtpParameters } from '../support/rtp-fixtures';
import { rssMiB, startServerProcess, type ServerHealth, type ServerProcess } from '../support/server-process';
import { connectClient, type TestClient } from '../support/test-server';

const CYCLES = 200;
const WARM_UP_CYCLES = 20;
const ROOM = 'cycles';
/** RSS growth allowed over the cycles once warm: far below what a per-cycle leak of a participant's state would add. */
const SERVER_RSS_GROWTH_LIMIT_MIB = 15;
const WORKER_RSS_GROWTH_LIMIT_MIB = 4;

let server: ServerProcess;
let resident: TestClient;
beforeAll(async () => {
  // The guest rejoins as fast as the server answers, far above a person's pace: lift the flood limit.
  server = await startServerProcess({ DEMO_ROOMS: '1', RECONNECT_GRACE_MS: '300', SOCKET_REQUESTS_PER_SECOND: '10000' });
  resident = await connectClient(server.url);
  const { routerRtpCapabilities } = await resident.request('media:getRouterCapabilities', {});
  const joined = await resident.request('room:join', { demoRoom: ROOM, displayName: 'Maya', rtpCapabilities: routerRtpCapabilities });
  await resident.request('media:produce', { transportId: joined.media!.send.transportId, kind: 'audio', source: 'mic', rtpParameters: opusRtpParameters(1) });
}, 60_000);
afterAll(async () => {
  resident?.close();
  await server?.stop();
});

/** The guest's demo identity after the first visit, so every visit is the same participant coming back. */
let guestIdentity: { identityToken: string } | undefined;

/**
 * One visit of the guest: join with the device's capabilities (both transports and a consumer of
 * Maya's microphone), publish a microphone that Maya consumes, then go in one of three ways.
 */
async function visit(cycle: number): Promise<void> {
  const guest = await connectClient(server.url, guestIdentity);
  const { routerRtpCapabilities } = await guest.request('media:getRouterCapabilities', {});
  const joined = await guest.request('room:join', { demoRoom: ROOM, displayName: 'Ravi', rtpCapabilities: routerRtpCapabilities });
  guestIdentity ??= { identityToken: joined.identityToken! };
  expect(joined.media?.consumers).toHaveLength(1);
  const { producerId } = await guest.request('media:produce', {
    transportId: joined.media!.send.transportId,
    kind: 'audio',
    source: 'mic',
    rtpParameters: opusRtpParameters(1000 + cycle),
  });
  await resident.request('media:consume', { producerId });
  const way = cycle % 3;
  if (way === 0) {
    await guest.request('room:leave', {});
    guest.close();
  } else if (way === 1) {
    guest.close();
  } else {
    // The connection drops without a goodbye; the server releases it after the reconnect grace.
    guest.socket.io.reconnection(false);
    guest.socket.io.engine.close();
  }
}

interface Snapshot {
  health: ServerHealth;
  serverRssMiB: number;
  workerRssMiB: number;
}

async function snapshot(): Promise<Snapshot> {
  const [workerPid] = server.workerPids();
  return { health: await server.health(), serverRssMiB: rssMiB(server.pid), workerRssMiB: rssMiB(workerPid!) };
}

const counts = ({ health }: Snapshot) => ({ participants: health.participants, mediaObjects: health.mediaObjects, workerObjects: health['workerObjects'] });

async function settledSnapshot(expected: ReturnType<typeof counts>): Promise<Snapshot> {
  const deadline = Date.now() + 10_000;
  let latest = await snapshot();
  while (Date.now() < deadline && JSON.stringify(counts(latest)) !== JSON.stringify(expected)) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    latest = await snapshot();
  }
  return latest;
}

const describeSnapshot = (label: string, { health, serverRssMiB, workerRssMiB }: Snapshot) =>
  `${label}: participants ${health.participants}, media ${JSON.stringify(health.mediaObjects)}, worker ${JSON.stringify(health['workerObjects'])}, ` +
  `RSS server ${serverRssMiB.toFixed(1)} MiB, worker ${workerRssMiB.toFixed(1)} MiB`;

it(`${CYCLES} join/leave cycles (leave, disconnect, dropped connection) with transports, producers and consumers: mediasoup objects back to baseline, RSS growth bounded`, async () => {
  for (let cycle = 0; cycle < WARM_UP_CYCLES; cycle += 1) await visit(cycle);
  const baseline = await settledSnapshot({
    participants: 1,
    mediaObjects: { transports: 2, producers: 1, pausedProducers: 0, consumers: 0, pausedConsumers: 0 },
    workerObjects: (await server.health())['workerObjects'],
  });
  expect(baseline.health.participants).toBe(1);
  const startedAt = performance.now();
  for (let cycle = WARM_UP_CYCLES; cycle < WARM_UP_CYCLES + CYCLES; cycle += 1) await visit(cycle);
  const cyclesMs = performance.now() - startedAt;
  const after = await settledSnapshot(counts(baseline));

  console.log(describeSnapshot('before', baseline));
  console.log(describeSnapshot(`after ${CYCLES} cycles (${Math.round(cyclesMs)} ms)`, after));
  expect(counts(after)).toEqual(counts(baseline));
  expect(after.serverRssMiB - baseline.serverRssMiB).toBeLessThan(SERVER_RSS_GROWTH_LIMIT_MIB);
  expect(after.workerRssMiB - baseline.workerRssMiB).toBeLessThan(WORKER_RSS_GROWTH_LIMIT_MIB);
}, 180_000);
