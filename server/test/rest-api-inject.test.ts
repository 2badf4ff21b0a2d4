import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import * as mediasoup from 'mediasoup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app';
import { loadServerConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { openStorage, type OpenStorage } from '../src/storage-setup';

// The REST API alone: no worker pool is passed, so no mediasoup worker may start at all.
let app: FastifyInstance;
let storage: OpenStorage;
let dataDir: string;
let workersStarted = 0;
const countWorker = () => (workersStarted += 1);

beforeAll(async () => {
  mediasoup.observer.on('newworker', countWorker);
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-api-'));
  const config = loadServerConfig({ LOG_LEVEL: 'silent', CLIENT_DIST_DIR: '/nonexistent', DATA_DIR: dataDir, DEMO_ROOMS: '0' });
  const logger = createLogger('silent');
  storage = await openStorage(config, logger);
  app = await buildApp({ config, logger, repos: storage.repos });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await storage.close();
  await rm(dataDir, { recursive: true, force: true });
  mediasoup.observer.off('newworker', countWorker);
});

const cadence = { weekOfMonth: 1, weekday: 'tuesday', startTime: '17:00', timezone: 'Europe/Berlin', durationMinutes: 120 };

describe('the REST API built without media', () => {
  it('signs a facilitator up, creates a cohort and reads it back through inject()', async () => {
    const signup = await app.inject({
      method: 'POST',
      url: '/api/facilitators',
      payload: { email: 'fay@example.org', displayName: 'Fay', password: 'a long enough password' },
    });
    expect(signup.statusCode).toBe(201);
    const login = signup.cookies.find((cookie) => cookie.name === 'peercircle_login');
    expect(login).toBeDefined();
    const cookies = { peercircle_login: login!.value };

    const created = await app.inject({ method: 'POST', url: '/api/cohorts', cookies, payload: { name: 'Tuesday circle', cadence } });
    expect(created.statusCode).toBe(201);
    const cohortId = created.json<{ id: string }>().id;

    const read = await app.inject({ method: 'GET', url: `/api/cohorts/${cohortId}`, cookies });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: cohortId, name: 'Tuesday circle', sessions: expect.any(Array) });
    expect(read.headers['content-security-policy']).toContain("default-src 'self'");

    const stranger = await app.inject({ method: 'GET', url: `/api/cohorts/${cohortId}` });
    expect(stranger.statusCode).toBe(401);
    expect(stranger.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
  });

  it('has no media and no sockets: no worker started, no media rooms, no socket.io endpoint', async () => {
    expect(workersStarted).toBe(0);
    expect(app.hasDecorator('mediaRooms')).toBe(false);
    expect(app.hasDecorator('realtime')).toBe(false);
    expect(app.hasDecorator('sessionRooms')).toBe(true);
    const handshake = await app.inject({ method: 'GET', url: '/socket.io/?EIO=4&transport=polling' });
    expect(handshake.statusCode).toBe(404);
  });

  it('is healthy with no workers to miss', async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok', workers: 0, rooms: 0, participants: 0, workerObjects: { routers: 0 } });
  });
});
