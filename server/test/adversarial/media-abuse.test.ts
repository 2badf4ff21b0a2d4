import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoRoomKey } from '../../src/door/demo-room-entry';
import { trackMediaObjects } from '../support/media-object-census';
import { joinWithMedia } from '../support/join-with-mic';
import { opusRtpParameters } from '../support/rtp-fixtures';
import { startTestServer, type TestServer } from '../support/test-server';

const census = trackMediaObjects();
let server: TestServer;
let roomCounter = 0;

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const nothing = { routers: 0, transports: 0, producers: 0, consumers: 0 };
// Each case starts from a server with no media left over from the one before.
beforeEach(async () => expect.poll(() => census.counts()).toEqual(nothing));

const nextRoom = () => `media-abuse-${++roomCounter}`;

describe("another participant's media", () => {
  it('cannot be touched: their transports, producers and consumers are not found, and stay as they were', async () => {
    const roomId = nextRoom();
    const maya = await server.connect();
    const ravi = await server.connect();
    const mayaMedia = await joinWithMedia(maya, roomId, 'Maya', 6666);
    const raviMedia = await joinWithMedia(ravi, roomId, 'Ravi', 7777);
    const mayaConsumer = await maya.request('media:consume', { producerId: raviMedia.micProducerId });
    const fingerprints = [{ algorithm: 'sha-256', value: 'AA:BB' }];
    const before = census.counts();

    const attempts = await Promise.all([
      ravi.send('media:connectTransport', { transportId: mayaMedia.send.transportId, dtlsParameters: { fingerprints } }),
      ravi.send('media:connectTransport', { transportId: mayaMedia.recv.transportId, dtlsParameters: { fingerprints } }),
      ravi.send('media:produce', { transportId: mayaMedia.send.transportId, kind: 'audio', source: 'mic', rtpParameters: opusRtpParameters(8888) }),
      ravi.send('media:setProducerPaused', { producerId: mayaMedia.micProducerId, paused: true }),
      ravi.send('media:closeProducer', { producerId: mayaMedia.micProducerId }),
      ravi.send('media:resumeConsumer', { consumerId: mayaConsumer.consumerId }),
      ravi.send('media:pauseConsumer', { consumerId: mayaConsumer.consumerId }),
      ravi.send('media:setPreferredLayers', { consumerId: mayaConsumer.consumerId, spatialLayer: 0 }),
      // Consuming one's own producer would be an echo, and is not offered either.
      ravi.send('media:consume', { producerId: raviMedia.micProducerId }),
    ]);
    for (const attempt of attempts) expect(attempt).toMatchObject({ ok: false, error: { code: 'not_found' } });

    expect(census.counts()).toEqual(before);
    const room = server.app.mediaRooms.get(demoRoomKey(roomId));
    const mayaSummary = room?.participants().find((p) => p.displayName === 'Maya');
    expect(mayaSummary?.producers).toEqual([expect.objectContaining({ producerId: mayaMedia.micProducerId, paused: false })]);
  });
});

describe('racing requests of one participant', () => {
  it('two microphones produced at once: one is accepted, the other refused, so the floor governs the only one', async () => {
    const maya = await server.connect();
    const joined = await maya.request('room:join', { demoRoom: nextRoom(), displayName: 'Maya' });
    const send = await maya.request('media:createTransport', { direction: 'send' });
    const produce = (ssrc: number) =>
      maya.send('media:produce', { transportId: send.transportId, kind: 'audio', source: 'mic', rtpParameters: opusRtpParameters(ssrc) });

    const replies = await Promise.all([produce(11), produce(12), produce(13)]);

    expect(replies.filter((reply) => reply.ok)).toHaveLength(1);
    expect(replies.filter((reply) => !reply.ok)).toEqual([
      { ok: false, error: expect.objectContaining({ code: 'conflict' }) },
      { ok: false, error: expect.objectContaining({ code: 'conflict' }) },
    ]);
    expect(await server.app.mediaRooms.get(joined.roomId)?.dump()).toMatchObject({ producers: 1 });
  });

  it('a transport asked for while leaving is not left behind', async () => {
    const maya = await server.connect();
    await maya.request('room:join', { demoRoom: nextRoom(), displayName: 'Maya' });

    const [created, left] = await Promise.all([
      maya.send('media:createTransport', { direction: 'send' }),
      maya.send('room:leave', {}),
      maya.send('media:createTransport', { direction: 'recv' }),
    ]);

    expect(created.ok).toBe(true);
    expect(left.ok).toBe(true);
    await expect.poll(() => census.counts()).toEqual(nothing);
  });

  it('a join sent again (a retry after a lost answer) starts clean: one seat, nothing left of the first', async () => {
    const maya = await server.connect();
    const roomId = nextRoom();
    const first = await joinWithMedia(maya, roomId, 'Maya', 41);
    const { routerRtpCapabilities } = first.joined;

    const [, retried] = await Promise.all([
      maya.send('room:join', { demoRoom: roomId, displayName: 'Maya', rtpCapabilities: routerRtpCapabilities }),
      maya.request('room:join', { demoRoom: roomId, displayName: 'Maya', rtpCapabilities: routerRtpCapabilities }),
    ]);

    expect(retried.self.participantId).toBe(first.joined.self.participantId);
    const room = server.app.mediaRooms.get(demoRoomKey(roomId))!;
    expect(room.participants()).toHaveLength(1);
    expect(await room.dump()).toMatchObject({ transports: 2, producers: 0, consumers: 0 });
    await expect.poll(() => census.counts()).toMatchObject({ transports: 2, producers: 0 });
  });

  it('leaving while a join is still opening the media leaves nothing behind', async () => {
    const maya = await server.connect();
    const { routerRtpCapabilities } = await maya.request('media:getRouterCapabilities', {});
    await Promise.all([
      maya.send('room:join', { demoRoom: nextRoom(), displayName: 'Maya', rtpCapabilities: routerRtpCapabilities }),
      maya.send('room:leave', {}),
    ]);
    await expect.poll(() => census.counts()).toEqual(nothing);
    expect(server.app.mediaRooms.stats()).toEqual({ rooms: 0, participants: 0 });
  });
});
