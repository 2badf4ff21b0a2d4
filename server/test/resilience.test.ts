import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { joinWithMic } from './support/join-with-mic';
import { startTestServer, type TestServer } from './support/test-server';
import { demoRoomKey } from '../src/door/demo-room-entry';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ RECONNECT_GRACE_MS: '1500' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

describe('dropped signalling', () => {
  it('keeps the participant and its media when the connection recovers within the grace period', async () => {
    const maya = await server.connect();
    const ravi = await server.connect();
    const { joined } = await joinWithMic(maya, 'recovery', 'Maya', 1);
    await joinWithMic(ravi, 'recovery', 'Ravi', 2);
    let raviSawMayaLeave = false;
    ravi.socket.on('room:participantLeft', () => (raviSawMayaLeave = true));
    const socketId = maya.socket.id;

    const reconnected = new Promise<void>((resolve) => maya.socket.once('connect', () => resolve()));
    maya.socket.io.engine.close();
    await reconnected;

    expect(maya.socket.recovered).toBe(true);
    expect(maya.socket.id).toBe(socketId);
    const room = server.app.mediaRooms.get(demoRoomKey('recovery'));
    expect(room?.hasPeer(joined.self.participantId)).toBe(true);
    // Still the same participant to the server: its requests act on its existing peer.
    await maya.request('media:createTransport', { direction: 'recv' });
    await new Promise((resolve) => setTimeout(resolve, 1800));
    expect(raviSawMayaLeave).toBe(false);
    expect(await room?.dump()).toMatchObject({ producers: 2 });
  });

  it('releases the participant once the grace period ends without recovery', async () => {
    const maya = await server.connect();
    const ravi = await server.connect();
    const { joined } = await joinWithMic(maya, 'no-recovery', 'Maya', 3);
    await joinWithMic(ravi, 'no-recovery', 'Ravi', 4);
    const left = ravi.next('room:participantLeft', 5000);
    maya.socket.io.reconnection(false);
    maya.socket.io.engine.close();

    expect(server.app.mediaRooms.get(demoRoomKey('no-recovery'))?.hasPeer(joined.self.participantId)).toBe(true);
    expect((await left).participantId).toBe(joined.self.participantId);
    expect(await server.app.mediaRooms.get(demoRoomKey('no-recovery'))?.dump()).toEqual({ transports: 1, producers: 1, pausedProducers: 0, consumers: 0, pausedConsumers: 0 });
  });
});

describe('a mediasoup worker dies', () => {
  it('tells everyone in its rooms to rejoin, replaces the worker, and the rejoin works', async () => {
    const maya = await server.connect();
    const ravi = await server.connect();
    await joinWithMic(maya, 'crash', 'Maya', 5);
    await joinWithMic(ravi, 'crash', 'Ravi', 6);
    const [pid] = server.pool.workerPids;
    const told = Promise.all([maya.next('room:rejoinRequired'), ravi.next('room:rejoinRequired')]);

    process.kill(pid!, 'SIGKILL');

    expect(await told).toEqual([{ reason: 'media_restarted' }, { reason: 'media_restarted' }]);
    const rejoined = await maya.request('room:join', { demoRoom: 'crash', displayName: 'Maya' });
    expect(rejoined.participants).toEqual([]);
    expect(server.pool.workerPids).toHaveLength(1);
    expect(server.pool.workerPids[0]).not.toBe(pid);
    const health = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toMatchObject({ status: 'ok', workers: 1, rooms: 1, participants: 1 });
  });
});
