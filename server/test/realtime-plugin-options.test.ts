import { Adapter, type BroadcastOptions } from 'socket.io-adapter';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@peercircle/shared';
import { createCohort } from './support/cohort-fixture';
import { startTestServer, type TestServer } from './support/test-server';

/** socket.io's own in-memory adapter, noting which channels each broadcast went to. */
class CountingAdapter extends Adapter {
  constructor(
    nsp: ConstructorParameters<typeof Adapter>[0],
    private readonly channels: string[],
  ) {
    super(nsp);
  }

  override broadcast(packet: unknown, opts: BroadcastOptions): void {
    this.channels.push(...opts.rooms);
    super.broadcast(packet, opts);
  }
}

const broadcastChannels: string[] = [];
const gatedKeys: string[] = [];
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer(
    {},
    {
      socketAdapter: (nsp) => new CountingAdapter(nsp, broadcastChannels),
      joinGate: async (roomKey) => {
        gatedKeys.push(roomKey);
        if (roomKey === 'demo:elsewhere') throw new DomainError('unavailable', 'This circle is served elsewhere');
      },
    },
  );
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

describe('the realtime plugin', () => {
  it('broadcasts through the socket.io adapter it is given', async () => {
    const maya = await server.connect();
    const joined = await maya.request('room:join', { demoRoom: 'adapter-check', displayName: 'Maya' });
    const ravi = await server.connect();
    await ravi.request('room:join', { demoRoom: 'adapter-check', displayName: 'Ravi' });
    // Ravi's arrival changes the circle: Maya's new view goes out to her personal channel.
    await expect.poll(() => maya.received('session:update').length).toBeGreaterThan(0);
    expect(broadcastChannels).toContain(`participant:${joined.self.participantId}`);
  });

  it('asks the join gate with the room key before the door, and a refusal keeps the room unopened', async () => {
    const visitor = await server.connect();
    expect(await visitor.send('room:join', { demoRoom: 'elsewhere', displayName: 'Ines' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
    expect(server.app.sessionRooms.get('demo:elsewhere')).toBeUndefined();
    expect(server.app.mediaRooms.get('demo:elsewhere')).toBeUndefined();

    const { session, facilitator } = await createCohort(server.url, []);
    const fay = await server.connect({}, facilitator.cookie);
    await fay.request('room:join', { sessionId: session.id });
    expect(gatedKeys).toEqual(expect.arrayContaining(['demo:elsewhere', session.id]));
  });
});
