import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { PeerClientSocket } from '../realtime/socket';
import { moveToNode, untilConnected } from './signalling';

/** A real socket.io server whose handshake accepts, or refuses the way PeerCircle's does; it remembers each handshake's `?node=`. */
async function startServer(refuse?: { code: string; message: string }): Promise<{ url: string; nodesAsked: unknown[]; close(): Promise<void> }> {
  const http: HttpServer = createServer();
  const server = new Server(http);
  const nodesAsked: unknown[] = [];
  server.use((socket, next) => {
    nodesAsked.push(socket.handshake.query['node']);
    next();
  });
  if (refuse) server.use((_socket, next) => next(Object.assign(new Error(refuse.code), { data: refuse })));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, nodesAsked, close: () => server.close() };
}

describe('untilConnected', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  function clientOf(url: string): PeerClientSocket {
    const socket = io(url, { autoConnect: false, transports: ['websocket'], reconnectionDelay: 50 }) as PeerClientSocket;
    cleanups.unshift(() => socket.disconnect());
    return socket;
  }

  it('resolves once the server accepted the connection', async () => {
    const server = await startServer();
    cleanups.push(server.close);
    const socket = clientOf(server.url);
    await untilConnected(socket, 5_000);
    expect(socket.connected).toBe(true);
  });

  it("rejects with the server's reason when it refuses", async () => {
    const server = await startServer({ code: 'protocol_mismatch', message: 'PeerCircle was updated — reload the page' });
    cleanups.push(server.close);
    await expect(untilConnected(clientOf(server.url), 5_000)).rejects.toMatchObject({
      code: 'protocol_mismatch',
      message: 'PeerCircle was updated — reload the page',
    });
  });

  it('gives up after the timeout while nobody answers, and keeps no listener behind', async () => {
    const server = await startServer();
    const { url } = server;
    await server.close();
    const socket = clientOf(url);
    await expect(untilConnected(socket, 300)).rejects.toMatchObject({ code: 'timeout' });
    expect(socket.listeners('connect')).toEqual([]);
    expect(socket.listeners('connect_error')).toEqual([]);
  });
});

describe('moveToNode (cluster mode: the circle lives on another node)', () => {
  it('reconnects asking the load balancer for that node, and keeps asking for it on later reconnections', async () => {
    const server = await startServer();
    const socket = io(server.url, { autoConnect: false, transports: ['websocket'], reconnectionDelay: 50 }) as PeerClientSocket;
    try {
      await untilConnected(socket, 5_000);
      await moveToNode(socket, 'n2', 5_000);
      expect(socket.connected).toBe(true);
      socket.io.engine.close(); // the network drops the connection; socket.io reconnects by itself
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      expect(server.nodesAsked).toEqual([undefined, 'n2', 'n2']);
    } finally {
      socket.disconnect();
      await server.close();
    }
  });
});
