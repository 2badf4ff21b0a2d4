import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { clientRequestSchemas, PROTOCOL_VERSION, type ClientRequestName } from '@peercircle/shared';
import { demoRoomKey } from '../../src/door/demo-room-entry';
import { io } from 'socket.io-client';
import { createCohort } from '../support/cohort-fixture';
import { joinWithMic } from '../support/join-with-mic';
import { startTestServer, type TestClient, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '1', RECONNECT_GRACE_MS: '10000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const refusalOf = (error: unknown) => (error as { data?: unknown }).data;
/** Emits anything, bypassing the typed event map (and without an acknowledgement). */
const rawEmit = (client: TestClient, event: string, payload: unknown) => (client.socket as unknown as { emit(e: string, p: unknown): void }).emit(event, payload);

describe('the handshake', () => {
  it.each([
    ['an older protocol version', { protocolVersion: PROTOCOL_VERSION - 1 }],
    ['a newer protocol version', { protocolVersion: PROTOCOL_VERSION + 1 }],
    ['no protocol version (a client from before versions were checked)', { protocolVersion: undefined }],
    ['a version that is not a number', { protocolVersion: '2' }],
  ])('refuses %s with a typed protocol_mismatch the client can show', async (_label, auth) => {
    const refused = server.connect(auth);
    await expect(refused).rejects.toThrow('protocol_mismatch');
    const error = await refused.catch((e: unknown) => e);
    expect(refusalOf(error)).toEqual({ code: 'protocol_mismatch', message: expect.stringMatching(/updated.*reload/i) });
  });

  it('gives a forged demo identity token a fresh identity, never the one it names', async () => {
    const first = await server.connect();
    const joined = await first.request('room:join', { demoRoom: 'tokens', displayName: 'Maya' });
    const [participantId] = joined.identityToken!.split('.');
    for (const forged of [`${participantId}.forged`, `${participantId}`, `${participantId}.`]) {
      const impostor = await server.connect({ identityToken: forged });
      const again = await impostor.request('room:join', { demoRoom: 'tokens', displayName: 'Not Maya' });
      expect(again.self.participantId).not.toBe(joined.self.participantId);
    }
  });

  it('refuses a page of another site opening a socket with the visitor’s cookie (cross-site websocket hijacking)', async () => {
    const { facilitator } = await createCohort(server.url, []);
    for (const origin of ['https://evil.example', 'null', `${server.url}.evil.example`]) {
      const socket = io(server.url, {
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        auth: { protocolVersion: PROTOCOL_VERSION },
        extraHeaders: { origin, cookie: facilitator.cookie },
      });
      const refusal = await new Promise<unknown>((resolve) => {
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', (error) => resolve(refusalOf(error)));
      });
      socket.close();
      expect(refusal, origin).toMatchObject({ code: 'forbidden' });
    }
  });

  it('refuses an oversized handshake as malformed', async () => {
    const refused = await server.connect({ identityToken: 'x'.repeat(5_000) }).catch((e: unknown) => e);
    expect(refusalOf(refused)).toMatchObject({ code: 'invalid_payload' });
  });
});

describe('malformed requests', () => {
  const malformed: [string, unknown][] = [
    ['a string', 'hello'],
    ['a number', 42],
    ['null', null],
    ['an array', [1, 2, 3]],
    ['a prototype-polluting object', JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}')],
    ['a huge array', Array.from({ length: 20_000 }, () => 'x')],
    ['a deeply nested object', JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`)],
  ];

  it.each(Object.keys(clientRequestSchemas) as ClientRequestName[])('%s: every malformed payload is refused as invalid_payload, and nothing changes', async (event) => {
    const maya = await server.connect();
    const joined = await maya.request('room:join', { demoRoom: `malformed-${event.replace(':', '-')}`, displayName: 'Maya' });
    const before = server.app.sessionRooms.get(joined.roomId)!.state;
    for (const [label, payload] of malformed) {
      const reply = await maya.send(event, payload);
      expect(reply, `${event} with ${label}`).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    }
    expect(server.app.sessionRooms.get(joined.roomId)!.state).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(await maya.send('session:time', {})).toMatchObject({ ok: true });
  });

  it('requests without an acknowledgement are dropped without effect', async () => {
    const maya = await server.connect();
    const joined = await maya.request('room:join', { demoRoom: 'no-acks', displayName: 'Maya' });
    const before = server.app.sessionRooms.get(joined.roomId)!.state;
    for (let i = 0; i < 20; i += 1) rawEmit(maya, 'session:command', { type: 'session.start' });
    expect(await maya.send('session:time', {})).toMatchObject({ ok: true });
    expect(server.app.sessionRooms.get(joined.roomId)!.state).toBe(before);
  });
});

describe('an oversized frame', () => {
  it('closes that connection, which then cannot come straight back through recovery, and nobody else notices', async () => {
    const maya = await server.connect();
    const ravi = await server.connect();
    const mayaMedia = await joinWithMic(maya, 'oversized', 'Maya', 31);
    await joinWithMic(ravi, 'oversized', 'Ravi', 32);
    const mayaLeft = ravi.next('room:participantLeft', 3_000);
    const reconnected = new Promise<void>((resolve) => maya.socket.io.once('reconnect', () => resolve()));

    rawEmit(maya, 'session:command', { type: 'question.submit', text: 'x'.repeat(1024 * 1024), anonymous: false });

    // Released at once, not after the 10 s grace a dropped network connection gets.
    expect((await mayaLeft).participantId).toBe(mayaMedia.joined.self.participantId);
    await reconnected;
    expect(maya.socket.recovered).toBe(false);
    expect(await maya.send('session:sync', {})).toMatchObject({ ok: false, error: { code: 'not_in_room' } });
    expect(server.app.mediaRooms.get(demoRoomKey('oversized'))?.hasPeer(mayaMedia.joined.self.participantId)).toBe(false);
    expect(await ravi.send('session:sync', {})).toMatchObject({ ok: true });
  });
});
