import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createCohort } from '../support/cohort-fixture';
import { publishMic } from '../support/join-with-mic';
import { startServerProcess } from '../support/server-process';
import { connectClient, type TestClient } from '../support/test-server';

const SHUTDOWN_LIMIT_MS = 6_000;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-sigterm-'));
const env = {
  DATA_DIR: dataDir,
  DEMO_ROOMS: '0',
  RECONNECT_GRACE_MS: '15000',
  AUTH_ATTEMPTS_PER_MINUTE: '1000',
  SESSION_SECRET: 'sigterm-test-secret-0123456789abcdef',
};
const clients: TestClient[] = [];
afterAll(() => {
  clients.forEach((client) => client.close());
  rmSync(dataDir, { recursive: true, force: true });
});

it('SIGTERM during a live cohort session (open sockets, transports, producers): exits 0 within 6 s, and a restart on the same DATA_DIR restores phase and floor', async () => {
  const first = await startServerProcess(env);
  const { session, facilitator, members } = await createCohort(first.url, ['Ada', 'Ben'], { acceptAgreement: true });
  const connect = async (cookie: string) => {
    const client = await connectClient(first.url, undefined, cookie);
    clients.push(client);
    return client;
  };
  const enterWithMic = async (client: TestClient, ssrc: number) => {
    await client.request('room:join', { sessionId: session.id });
    await publishMic(client, ssrc);
  };
  const fay = await connect(facilitator.cookie);
  await enterWithMic(fay, 101);
  await fay.request('lobby:setDoor', { open: true });
  for (const [index, member] of members.entries()) await enterWithMic(await connect(member.cookie), 102 + index);
  await fay.request('session:command', { type: 'session.start' });
  await fay.request('session:command', { type: 'round.advance' });
  await fay.request('session:command', { type: 'timer.extend', timer: 'phase', ms: 120_000 });
  const before = (await fay.request('session:sync', {})).view;
  expect(before.floor.holderId).not.toBeNull();
  expect((await first.health()).mediaObjects).toMatchObject({ transports: 3, producers: 3 });

  const signalledAt = performance.now();
  first.signal('SIGTERM');
  const exit = await first.exited;
  const shutdownMs = Math.round(exit.at - signalledAt);
  console.log(`SIGTERM with a live session (3 sockets, 3 transports, 3 producers): exit code ${exit.code} after ${shutdownMs} ms`);
  expect(exit.code).toBe(0);
  expect(shutdownMs).toBeLessThan(SHUTDOWN_LIMIT_MS);

  const second = await startServerProcess(env);
  try {
    const ben = await connectClient(second.url, undefined, members[1]!.cookie);
    clients.push(ben);
    const rejoined = await ben.request('room:join', { sessionId: session.id });
    const restored = rejoined.session.view;
    // The restart marks everyone away and Ben's return is a command: later versions, same circle.
    expect(restored.version).toBeGreaterThan(before.version);
    expect(restored.currentPhaseIndex).toBe(before.currentPhaseIndex);
    expect(restored.floor).toEqual(before.floor);
    expect(restored.round).toEqual(before.round);
    expect(restored.phaseTimer).toEqual(before.phaseTimer);
    expect(restored.participants[members[1]!.id]?.presence).toBe('present');
    expect(restored.participants[facilitator.id]?.presence).toBe('away');
  } finally {
    await second.stop();
  }
}, 60_000);
