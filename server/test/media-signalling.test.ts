import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { trackMediaObjects } from './support/media-object-census';
import { joinWithMedia } from './support/join-with-mic';
import { opusRtpParameters, vp8RtpParameters } from './support/rtp-fixtures';
import { startTestServer, type TestClient, type TestServer } from './support/test-server';
import { demoRoomKey } from '../src/door/demo-room-entry';

const census = trackMediaObjects();
let server: TestServer;
let roomCounter = 0;

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const nextRoom = () => `room-${++roomCounter}`;

describe('health', () => {
  it('reports live workers', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ok', workers: 1 });
  });
});

describe('payload validation', () => {
  let client: TestClient;
  it.each([
    ['a non-object', 'room:join', 'hello'],
    ['a bad room name', 'room:join', { demoRoom: '../etc', displayName: 'Maya' }],
    ['an empty name', 'room:join', { demoRoom: 'ok', displayName: '   ' }],
    ['a control character in a name', 'room:join', { demoRoom: 'ok', displayName: 'Ma\u0007ya' }],
    ['an unknown direction', 'media:createTransport', { direction: 'sideways' }],
    ['a non-uuid transport id', 'media:connectTransport', { transportId: 'x', dtlsParameters: { fingerprints: [] } }],
  ] as const)('rejects %s with invalid_payload', async (_label, event, payload) => {
    client = await server.connect();
    const reply = await client.send(event, payload);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(server.app.mediaRooms.stats()).toEqual({ rooms: 0, participants: 0 });
  });

  it('rejects media requests before joining', async () => {
    client = await server.connect();
    const reply = await client.send('media:createTransport', { direction: 'send' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'not_in_room' } });
  });

  it('rejects RTP parameters mediasoup cannot accept, and creates nothing', async () => {
    client = await server.connect();
    const roomId = nextRoom();
    await client.request('room:join', { demoRoom: roomId, displayName: 'Maya' });
    const send = await client.request('media:createTransport', { direction: 'send' });
    const before = census.counts();
    const reply = await client.send('media:produce', {
      transportId: send.transportId,
      kind: 'audio',
      source: 'mic',
      rtpParameters: { ...opusRtpParameters(1), codecs: [{ mimeType: 'audio/nonsense', payloadType: 100, clockRate: 8000 }] },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(census.counts().producers).toBe(before.producers);
  });

  it('rejects a camera producer of the wrong kind', async () => {
    client = await server.connect();
    await client.request('room:join', { demoRoom: nextRoom(), displayName: 'Maya' });
    const send = await client.request('media:createTransport', { direction: 'send' });
    const reply = await client.send('media:produce', {
      transportId: send.transportId,
      kind: 'audio',
      source: 'camera',
      rtpParameters: opusRtpParameters(2),
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  });
});

describe('router capabilities before joining', () => {
  it('match every room, so a device loaded on the pre-join screen fits the room it joins', async () => {
    const maya = await server.connect();
    const { routerRtpCapabilities } = await maya.request('media:getRouterCapabilities', {});
    const mayaMedia = await joinWithMedia(maya, nextRoom(), 'Maya', 1234);
    expect(mayaMedia.joined.routerRtpCapabilities).toEqual(routerRtpCapabilities);
  });
});

describe('a join that carries the device capabilities', () => {
  it('opens both transports and paused consumers of what is already published, and leaving releases them', async () => {
    const maya = await server.connect();
    const ravi = await server.connect();
    const roomId = nextRoom();
    const mayaMedia = await joinWithMedia(maya, roomId, 'Maya', 6161);
    const before = census.counts();

    const { routerRtpCapabilities } = await ravi.request('media:getRouterCapabilities', {});
    const joined = await ravi.request('room:join', { demoRoom: roomId, displayName: 'Ravi', rtpCapabilities: routerRtpCapabilities });
    expect(joined.media?.send.direction).toBe('send');
    expect(joined.media?.recv.direction).toBe('recv');
    expect(joined.media?.consumers).toEqual([
      expect.objectContaining({ producerId: mayaMedia.micProducerId, kind: 'audio', participantId: mayaMedia.joined.self.participantId }),
    ]);
    expect(census.counts()).toMatchObject({ transports: before.transports + 2, consumers: before.consumers + 1 });

    // They are the participant's own: no second transport or consumer, and the consumer resumes.
    expect(await ravi.send('media:createTransport', { direction: 'recv' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await ravi.send('media:consume', { producerId: mayaMedia.micProducerId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await ravi.request('media:resumeConsumer', { consumerId: joined.media!.consumers[0]!.consumerId });

    await ravi.request('room:leave', {});
    expect(census.counts()).toMatchObject({ transports: before.transports, consumers: before.consumers });
  });

  it('without capabilities leaves the media to the browser', async () => {
    const maya = await server.connect();
    const joined = await maya.request('room:join', { demoRoom: nextRoom(), displayName: 'Maya' });
    expect(joined.media).toBeUndefined();
  });
});

describe('producing and consuming', () => {
  it('tells others about a new producer and lets them consume it paused, then resume', async () => {
    const roomId = nextRoom();
    const maya = await server.connect();
    const ravi = await server.connect();
    const mayaMedia = await joinWithMedia(maya, roomId, 'Maya', 1111);
    const mayaSeesRavi = maya.next('room:participantJoined');
    const raviMedia = await joinWithMedia(ravi, roomId, 'Ravi', 2222);
    expect((await mayaSeesRavi).displayName).toBe('Ravi');
    expect(raviMedia.joined.participants.map((p) => p.displayName)).toEqual(['Maya']);

    const consumer = await ravi.request('media:consume', { producerId: mayaMedia.micProducerId });
    expect(consumer).toMatchObject({ kind: 'audio', source: 'mic', participantId: mayaMedia.joined.self.participantId });
    await ravi.request('media:resumeConsumer', { consumerId: consumer.consumerId });

    const videoAnnounced = ravi.next('media:producerAdded');
    await maya.request('media:produce', {
      transportId: mayaMedia.send.transportId,
      kind: 'video',
      source: 'camera',
      rtpParameters: vp8RtpParameters(3333),
    });
    expect(await videoAnnounced).toMatchObject({ kind: 'video', source: 'camera', paused: false });
  });

  it('answers not_found, not a server error, when a consumer closes while being resumed', async () => {
    const roomId = nextRoom();
    const maya = await server.connect();
    const ravi = await server.connect();
    const mayaMedia = await joinWithMedia(maya, roomId, 'Maya', 7171);
    const raviMedia = await joinWithMedia(ravi, roomId, 'Ravi', 7272);
    const consumer = await ravi.request('media:consume', { producerId: mayaMedia.micProducerId });

    // Both reach the worker in this order: the producer (and with it the consumer) goes first.
    const room = server.app.mediaRooms.get(demoRoomKey(roomId))!;
    room.closeProducer(mayaMedia.joined.self.participantId, mayaMedia.micProducerId);
    await expect(room.resumeConsumer(raviMedia.joined.self.participantId, consumer.consumerId)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a second consumer of the same producer', async () => {
    const roomId = nextRoom();
    const maya = await server.connect();
    const ravi = await server.connect();
    const mayaMedia = await joinWithMedia(maya, roomId, 'Maya', 4444);
    await joinWithMedia(ravi, roomId, 'Ravi', 5555);
    await ravi.request('media:consume', { producerId: mayaMedia.micProducerId });
    const again = await ravi.send('media:consume', { producerId: mayaMedia.micProducerId });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('a receiver pauses a consumer it does not show (a hidden tab) and resumes it; the SFU counts it paused meanwhile', async () => {
    const roomId = nextRoom();
    const maya = await server.connect();
    const ravi = await server.connect();
    const mayaMedia = await joinWithMedia(maya, roomId, 'Maya', 9101);
    await joinWithMedia(ravi, roomId, 'Ravi', 9102);
    const room = server.app.mediaRooms.get(demoRoomKey(roomId));
    const { consumerId } = await ravi.request('media:consume', { producerId: mayaMedia.micProducerId });
    await ravi.request('media:resumeConsumer', { consumerId });
    expect(await room?.dump()).toMatchObject({ consumers: 1, pausedConsumers: 0 });
    await ravi.request('media:pauseConsumer', { consumerId });
    expect(await room?.dump()).toMatchObject({ consumers: 1, pausedConsumers: 1 });
    await ravi.request('media:resumeConsumer', { consumerId });
    expect(await room?.dump()).toMatchObject({ consumers: 1, pausedConsumers: 0 });
  });
});

describe('leaving releases every mediasoup object', () => {
  it('on room:leave and on disconnect, down to no router at all', async () => {
    const nothing = { routers: 0, transports: 0, producers: 0, consumers: 0 };
    await expect.poll(() => census.counts()).toEqual(nothing);
    const roomId = nextRoom();
    const maya = await server.connect();
    const ravi = await server.connect();
    const mayaMedia = await joinWithMedia(maya, roomId, 'Maya', 9001);
    const raviMedia = await joinWithMedia(ravi, roomId, 'Ravi', 9002);
    await ravi.request('media:consume', { producerId: mayaMedia.micProducerId });
    await maya.request('media:consume', { producerId: raviMedia.micProducerId });
    expect(await server.app.mediaRooms.get(demoRoomKey(roomId))?.dump()).toEqual({ transports: 4, producers: 2, pausedProducers: 0, consumers: 2, pausedConsumers: 2 });

    const consumerClosed = ravi.next('media:consumerClosed');
    const left = ravi.next('room:participantLeft');
    await maya.request('room:leave', {});
    expect(await consumerClosed).toMatchObject({ producerId: mayaMedia.micProducerId });
    expect((await left).participantId).toBe(mayaMedia.joined.self.participantId);
    expect(await server.app.mediaRooms.get(demoRoomKey(roomId))?.dump()).toEqual({ transports: 2, producers: 1, pausedProducers: 0, consumers: 0, pausedConsumers: 0 });

    ravi.close();
    await expect.poll(() => census.counts()).toEqual(nothing);
    expect(await census.workerRouterIds()).toEqual([]);
    expect(server.app.mediaRooms.stats()).toEqual({ rooms: 0, participants: 0 });
  });
});
