import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { io as connectSocket, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  type Ack,
  type ClientRequestName,
  type ClientToServerEvents,
  type RequestPayload,
  type RequestResult,
  type ServerToClientEvents,
} from '@peercircle/shared';
import { buildApp, type AppOptions } from '../../src/app';
import { loadServerConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { WorkerPool } from '../../src/media/worker-pool';
import { openStorage } from '../../src/storage-setup';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestClient {
  socket: TestSocket;
  /** Sends any payload (valid or not) and returns the raw ack. */
  send<E extends ClientRequestName>(event: E, payload: unknown): Promise<Ack<RequestResult<E>>>;
  /** Sends a valid request and returns its data, failing the test on an error ack. */
  request<E extends ClientRequestName>(event: E, payload: RequestPayload<E>): Promise<RequestResult<E>>;
  next<E extends keyof ServerToClientEvents>(event: E, timeoutMs?: number): Promise<Parameters<ServerToClientEvents[E]>[0]>;
  /** Every payload of this event received since the client connected. */
  received<E extends keyof ServerToClientEvents>(event: E): Parameters<ServerToClientEvents[E]>[0][];
  close(): void;
}

export interface TestServer {
  app: FastifyInstance;
  /** Every log line the server wrote at `captureLogs` level (info for `true`) and above. */
  logLines: string[];
  pool: WorkerPool;
  url: string;
  connect(auth?: Record<string, unknown>, cookie?: string): Promise<TestClient>;
  disconnectAll(): void;
  close(): Promise<void>;
}

/**
 * The real server (one real mediasoup worker, a fresh embedded database in a temp directory, demo
 * rooms on) on a free loopback port, silent logs.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { captureLogs?: boolean | 'trace' } & Pick<AppOptions, 'socketAdapter' | 'joinGate'> = {},
): Promise<TestServer> {
  // A caller-supplied DATA_DIR outlives the server (restart tests); a temp one is removed with it.
  const ownsDataDir = env['DATA_DIR'] === undefined;
  const dataDir = env['DATA_DIR'] ?? (await mkdtemp(path.join(os.tmpdir(), 'peercircle-test-')));
  const config = loadServerConfig({
    LOG_LEVEL: 'silent',
    RTC_PORT: '0',
    MEDIASOUP_WORKERS: '1',
    CLIENT_DIST_DIR: '/nonexistent',
    RECONNECT_GRACE_MS: '0',
    DEMO_ROOMS: '1',
    DATA_DIR: dataDir,
    ...env,
  });
  const logLines: string[] = [];
  const logger = options.captureLogs ? createLogger(options.captureLogs === 'trace' ? 'trace' : 'info', { write: (line: string) => logLines.push(line) }) : createLogger('silent');
  const pool = new WorkerPool({
    size: config.mediasoupWorkers,
    listenIp: '127.0.0.1',
    announcedAddress: undefined,
    basePort: 0,
    logLevel: 'error',
    logger,
  });
  await pool.start();
  const storage = await openStorage(config, logger);
  const app = await buildApp({ config, logger, pool, repos: storage.repos, socketAdapter: options.socketAdapter, joinGate: options.joinGate });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const clients: TestClient[] = [];
  return {
    app,
    logLines,
    pool,
    url,
    async connect(auth, cookie) {
      const client = await connectClient(url, auth, cookie);
      clients.push(client);
      return client;
    },
    disconnectAll() {
      clients.splice(0).forEach((client) => client.close());
    },
    async close() {
      clients.forEach((client) => client.close());
      await app.close();
      pool.close();
      await storage.close();
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function connectClient(url: string, auth?: Record<string, unknown>, cookie?: string): Promise<TestClient> {
  const socket: TestSocket = connectSocket(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnectionDelay: 50,
    auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  const emitter = socket as unknown as { timeout(ms: number): { emitWithAck(e: string, p: unknown): Promise<unknown> } };
  const log = new Map<string, unknown[]>();
  socket.onAny((event: string, payload: unknown) => log.set(event, [...(log.get(event) ?? []), payload]));
  const send = async <E extends ClientRequestName>(event: E, payload: unknown) =>
    (await emitter.timeout(5000).emitWithAck(event, payload)) as Ack<RequestResult<E>>;
  return {
    socket,
    send,
    async request(event, payload) {
      const reply = await send(event, payload);
      if (!reply.ok) throw new Error(`${event} failed: ${reply.error.code} ${reply.error.message}`);
      return reply.data;
    },
    next(event, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
        (socket as unknown as { once(e: string, l: (arg: never) => void): void }).once(event, (arg) => {
          clearTimeout(timer);
          resolve(arg);
        });
      });
    },
    received: (event) => (log.get(event) ?? []) as never[],
    close: () => socket.disconnect(),
  };
}
