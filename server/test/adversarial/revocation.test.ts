import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_CONNECTIONS_PER_PARTICIPANT } from '../../src/realtime/socket-auth';
import { callApi } from '../support/http-client';
import { publishMic } from '../support/join-with-mic';
import { openSession } from '../support/open-session';
import { startTestServer, type TestClient, type TestServer } from '../support/test-server';

// A long grace period: without revocation, a removed member's media and recovery would outlive them.
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', RECONNECT_GRACE_MS: '10000', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

/** Drops the connection the way a network does; socket.io will try to recover it on `connect()`. */
async function dropConnection(client: TestClient): Promise<void> {
  const connectionId = client.socket.id!;
  client.socket.io.reconnection(false);
  client.socket.io.engine.close();
  // Until the server has noticed, the connection is not in the recovery window yet.
  await vi.waitFor(() => expect(server.app.realtime.io.sockets.sockets.has(connectionId)).toBe(false));
}

/** Reconnects a dropped client and collects every event packet the server writes to it meanwhile. */
async function reconnectAndListen(client: TestClient): Promise<{ refusal: string | null; events: string[] }> {
  const events: string[] = [];
  const onPacket = (packet: { type: number; data?: unknown[] }) => {
    if (packet.type === 2 && Array.isArray(packet.data)) events.push(String(packet.data[0]));
  };
  client.socket.io.on('packet', onPacket);
  const outcome = new Promise<string | null>((resolve) => {
    client.socket.once('connect', () => resolve(null));
    client.socket.once('connect_error', (error) => resolve(error.message));
  });
  client.socket.connect();
  const refusal = await outcome;
  await new Promise((resolve) => setTimeout(resolve, 200));
  client.socket.io.off('packet', onPacket);
  return { refusal, events };
}

const removeMember = (cookie: string, cohortId: string, memberId: string) =>
  callApi(server.url, 'removeMember', { cookie, params: { cohortId, memberId } });

describe('a removed member', () => {
  it('(control) a member who was not removed recovers the dropped connection, with what they missed', async () => {
    const { fay, sockets } = await openSession(server, ['Sofia']);
    await dropConnection(sockets['Sofia']!);
    await fay.request('session:command', { type: 'session.start' });
    const { refusal, events } = await reconnectAndListen(sockets['Sofia']!);
    expect(refusal).toBeNull();
    expect(sockets['Sofia']!.socket.recovered).toBe(true);
    expect(events).toContain('session:update');
  });

  it('with a live socket is disconnected at once, and their media and seat are released', async () => {
    const { cohort, facilitator, fay, sockets, members, session } = await openSession(server, ['Sofia']);
    await publishMic(sockets['Sofia']!, 101);
    const left = fay.next('room:participantLeft');
    const dropped = new Promise<string>((resolve) => sockets['Sofia']!.socket.once('disconnect', resolve));

    expect((await removeMember(facilitator.cookie, cohort.id, members[0]!.id)).status).toBe(200);

    expect(await dropped).toBe('io server disconnect');
    expect((await left).participantId).toBe(members[0]!.id);
    expect(server.app.mediaRooms.get(session.id)?.hasPeer(members[0]!.id)).toBe(false);
  });

  it('whose connection had dropped gets no missed update on coming back, and their media goes at once, not after the grace period', async () => {
    const { cohort, facilitator, fay, sockets, members, session } = await openSession(server, ['Sofia', 'Ben']);
    const sofia = sockets['Sofia']!;
    await publishMic(sofia, 102);
    await dropConnection(sofia);
    expect(server.app.mediaRooms.get(session.id)?.hasPeer(members[0]!.id)).toBe(true);

    const left = fay.next('room:participantLeft', 2_000);
    await removeMember(facilitator.cookie, cohort.id, members[0]!.id);
    expect((await left).participantId).toBe(members[0]!.id);
    expect(server.app.mediaRooms.get(session.id)?.hasPeer(members[0]!.id)).toBe(false);
    // The circle goes on while Sofia is away: updates she must never see.
    await fay.request('session:command', { type: 'session.start' });
    await fay.request('session:command', { type: 'timer.pause', timer: 'phase' });

    const { refusal, events } = await reconnectAndListen(sofia);
    expect(refusal).toBe('unauthenticated');
    expect(events).toEqual([]);
  });

  it('cannot come back with their old cookie, by socket or by API', async () => {
    const { cohort, facilitator, members } = await openSession(server, ['Sofia'], []);
    await removeMember(facilitator.cookie, cohort.id, members[0]!.id);
    await expect(server.connect(undefined, members[0]!.cookie)).rejects.toThrow(/unauthenticated/);
    expect((await callApi(server.url, 'memberHome', { cookie: members[0]!.cookie })).status).toBe(401);
  });

  it('who deleted their own data is disconnected at once', async () => {
    const { sockets, members } = await openSession(server, ['Sofia']);
    const dropped = new Promise<string>((resolve) => sockets['Sofia']!.socket.once('disconnect', resolve));
    expect((await callApi(server.url, 'deleteMyData', { cookie: members[0]!.cookie })).status).toBe(200);
    expect(await dropped).toBe('io server disconnect');
  });
});

describe('one person opening connection after connection', () => {
  it(`is refused beyond ${MAX_CONNECTIONS_PER_PARTICIPANT} at once, with a typed reason, and let in again when one closes`, async () => {
    const { members } = await openSession(server, ['Sofia'], []);
    const open: TestClient[] = [];
    for (let i = 0; i < MAX_CONNECTIONS_PER_PARTICIPANT; i += 1) open.push(await server.connect(undefined, members[0]!.cookie));
    const refused = await server.connect(undefined, members[0]!.cookie).catch((error: unknown) => error);
    expect((refused as { data?: unknown }).data).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/tabs/) });

    open[0]!.close();
    await vi.waitFor(async () => expect(await server.connect(undefined, members[0]!.cookie)).toBeDefined());
  });
});

describe('signing out', () => {
  async function facilitatorWithTwoBrowsers() {
    const email = `two-browsers-${Date.now()}@example.org`;
    const password = 'a long enough password';
    const signup = await callApi(server.url, 'signup', { body: { email, displayName: 'Fay', password } });
    const login = await callApi(server.url, 'login', { body: { email, password } });
    return { laptop: signup.loginCookie!, phone: login.loginCookie! };
  }

  it("ends that browser's live connections now, and not the same person's other browser", async () => {
    const { laptop, phone } = await facilitatorWithTwoBrowsers();
    const onLaptop = await server.connect(undefined, laptop);
    const onPhone = await server.connect(undefined, phone);
    const dropped = new Promise<string>((resolve) => onLaptop.socket.once('disconnect', resolve));

    expect((await callApi(server.url, 'logout', { cookie: laptop, body: {} })).status).toBe(200);

    expect(await dropped).toBe('io server disconnect');
    expect(onPhone.socket.connected).toBe(true);
    expect(await onPhone.send('session:time', {})).toMatchObject({ ok: true });
  });

  it('while the connection is down: it cannot be recovered afterwards, and nothing missed is replayed', async () => {
    const { session, facilitator, fay } = await openSession(server, ['Ben']);
    await dropConnection(fay);
    await callApi(server.url, 'logout', { cookie: facilitator.cookie, body: {} });
    const ben = server.app.sessionRooms.get(session.id)!;
    expect(ben.state.participants[facilitator.id]?.presence).toBe('left');

    const { refusal, events } = await reconnectAndListen(fay);
    expect(refusal).toBe('unauthenticated');
    expect(events).toEqual([]);
  });
});
