import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureConnecting } from './socket';

/**
 * A real socket.io server whose handshake takes a while (as PeerCircle's does when it looks up the
 * login), and a client asked to connect a second time before it has heard that the handshake
 * succeeded — what the room page did when Join was clicked just after it opened its early connection.
 */
describe('opening the connection while its handshake is pending', () => {
  const HANDSHAKE_MS = 300;
  let http: HttpServer;
  let server: Server;
  let url: string;
  let serverSideCloses: string[];
  let client: Socket | undefined;
  let onServerAccepted: () => void;

  beforeEach(async () => {
    serverSideCloses = [];
    http = createServer();
    server = new Server(http);
    server.use((_socket, next) => void setTimeout(next, HANDSHAKE_MS));
    server.on('connection', (socket) => {
      socket.on('disconnect', (reason) => serverSideCloses.push(reason));
      onServerAccepted();
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    client?.disconnect();
    await server.close();
  });

  /**
   * Asks twice: the second time just as the server accepted the first, while its answer is still
   * on the way (the client cannot have read it: both run on this one thread).
   */
  async function connectTwice(connect: (socket: Socket) => void): Promise<{ disconnects: string[] }> {
    const socket = io(url, { autoConnect: false, transports: ['websocket'], reconnection: false });
    client = socket;
    const disconnects: string[] = [];
    socket.on('disconnect', (reason) => disconnects.push(reason));
    onServerAccepted = () => {
      onServerAccepted = () => undefined;
      connect(socket);
    };
    connect(socket);
    await new Promise((resolve) => setTimeout(resolve, HANDSHAKE_MS * 3));
    return { disconnects };
  }

  it('connects once and stays connected', async () => {
    const { disconnects } = await connectTwice(ensureConnecting);
    expect(client?.connected).toBe(true);
    expect(disconnects).toEqual([]);
    expect(serverSideCloses).toEqual([]);
    expect(server.sockets.sockets.size).toBe(1);
  });

  it("is needed: socket.io's own connect() twice gets the connection closed by the server", async () => {
    const { disconnects } = await connectTwice((socket) => socket.connect());
    expect(client?.connected).toBe(false);
    expect(serverSideCloses).toEqual(['forced close']);
    expect(disconnects).toEqual(['transport close']);
  });
});
