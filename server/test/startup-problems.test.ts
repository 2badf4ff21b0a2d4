import dgram from 'node:dgram';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, spawnServer, type SpawnOptions } from './support/server-process';

const root = mkdtempSync(path.join(os.tmpdir(), 'peercircle-startup-'));
chmodSync(root, 0o755);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const NOBODY = { uid: 65534, gid: 65534 };
const runningAsRoot = process.getuid?.() === 0;

/** Starts the real server with a bad setting and returns the exit code and everything it printed. */
async function startFailing(env: Record<string, string>, options: SpawnOptions = {}): Promise<{ code: number | null; output: string }> {
  const dataDir = env['DATA_DIR'] ?? mkdtempSync(path.join(root, 'data-'));
  const server = spawnServer({ PORT: String(await freePort()), RTC_PORT: '0', LOG_LEVEL: 'info', DATA_DIR: dataDir, ...env }, options);
  const timeout = setTimeout(() => server.signal('SIGKILL'), 15_000);
  const { code } = await server.exited;
  clearTimeout(timeout);
  return { code, output: server.output() };
}

function expectOneLine(result: { code: number | null; output: string }, line: RegExp): void {
  const problems = result.output.split('\n').filter((text) => text.startsWith('peercircle: cannot start:'));
  expect(problems, result.output).toHaveLength(1);
  expect(problems[0]).toMatch(line);
  expect(result.output).not.toMatch(/^\s+at |"stack"|Error:/m);
  expect(result.code).toBe(1);
}

/** A local TCP server that answers like a web server, not like PostgreSQL. */
async function notPostgres(): Promise<{ port: number; close(): void }> {
  const server = net.createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as net.AddressInfo).port, close: () => server.close() };
}

describe('a start-up problem stops the server with one line naming the setting to change', () => {
  it('RTC_PORT already in use', async () => {
    const squatter = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => squatter.bind(0, '127.0.0.1', resolve));
    const { port } = squatter.address();
    try {
      expectOneLine(await startFailing({ RTC_PORT: String(port) }), new RegExp(`RTC_PORT ${port} is already in use .* — set RTC_PORT to a free port$`));
    } finally {
      squatter.close();
    }
  });

  it('PORT already in use', async () => {
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const { port } = squatter.address() as net.AddressInfo;
    try {
      expectOneLine(await startFailing({ PORT: String(port) }), new RegExp(`PORT ${port} is already in use on 127.0.0.1 — set PORT to a free port$`));
    } finally {
      squatter.close();
    }
  });

  it('MEDIA_LISTEN_IP that is not an address of this machine', async () => {
    expectOneLine(await startFailing({ MEDIA_LISTEN_IP: '192.0.2.1' }), /MEDIA_LISTEN_IP 192\.0\.2\.1 is not an address of this machine — set MEDIA_LISTEN_IP/);
  });

  it.skipIf(!runningAsRoot)('DATA_DIR this user may not read or write (run as nobody)', async () => {
    const locked = path.join(root, 'locked');
    mkdirSync(locked, { mode: 0o000 });
    const readOnly = path.join(root, 'read-only');
    mkdirSync(readOnly, { mode: 0o555 });
    for (const dataDir of [locked, readOnly]) {
      expectOneLine(await startFailing({ DATA_DIR: dataDir }, NOBODY), /DATA_DIR \S+ .*is not readable and writable by this user \(uid 65534\) — set DATA_DIR/);
    }
  });

  it('DATA_DIR that is a file', async () => {
    const file = path.join(root, 'a-file');
    writeFileSync(file, 'not a directory');
    expectOneLine(await startFailing({ DATA_DIR: file }), /DATA_DIR \S+a-file is not a directory — set DATA_DIR/);
  });

  it('a database file in DATA_DIR that is not SQLite', async () => {
    const dataDir = mkdtempSync(path.join(root, 'garbage-'));
    writeFileSync(path.join(dataDir, 'peercircle.sqlite'), 'x'.repeat(4096));
    expectOneLine(await startFailing({ DATA_DIR: dataDir }), /the database in DATA_DIR \S+ is not a readable SQLite file/);
  });

  it('DATABASE_URL with a host that does not resolve', async () => {
    const result = await startFailing({ DATABASE_URL: 'postgres://fay:hunter2-secret@no-such-host.invalid:5432/circles' });
    expectOneLine(result, /the DATABASE_URL host no-such-host\.invalid cannot be resolved — set DATABASE_URL/);
    expect(result.output).not.toContain('hunter2-secret');
  });

  it('DATABASE_URL where nothing listens', async () => {
    const port = await freePort();
    expectOneLine(await startFailing({ DATABASE_URL: `postgres://fay:pw@127.0.0.1:${port}/circles` }), new RegExp(`nothing accepts connections at 127\\.0\\.0\\.1:${port} \\(DATABASE_URL\\)`));
  });

  it('DATABASE_URL pointing at a server that is not PostgreSQL', async () => {
    const web = await notPostgres();
    try {
      expectOneLine(await startFailing({ DATABASE_URL: `postgres://fay:pw@127.0.0.1:${web.port}/circles` }), /did not answer as PostgreSQL — set DATABASE_URL/);
    } finally {
      web.close();
    }
  });

  it('DATABASE_URL that is not a postgres:// URL (value not repeated)', async () => {
    const result = await startFailing({ DATABASE_URL: 'mysql://fay:hunter2-secret@db/circles' });
    expectOneLine(result, /^peercircle: cannot start: invalid DATABASE_URL: use a postgres:\/\/ URL — set DATABASE_URL to a valid value$/);
    expect(result.output).not.toContain('hunter2-secret');
  });

  const postgresUrl = process.env['TEST_DATABASE_URL'];
  it.skipIf(!postgresUrl && process.env['REQUIRE_POSTGRES_TESTS'] !== '1')('DATABASE_URL with a wrong password (real PostgreSQL)', async () => {
    const wrong = new URL(postgresUrl!);
    wrong.password = 'hunter2-wrong';
    const result = await startFailing({ DATABASE_URL: wrong.toString() });
    expectOneLine(result, /PostgreSQL at \S+ refused the user name or password in DATABASE_URL — set DATABASE_URL/);
    expect(result.output).not.toContain('hunter2-wrong');
  });

  it('an invalid value (PORT=abc, LOG_LEVEL=loud)', async () => {
    expectOneLine(await startFailing({ PORT: 'abc' }), /^peercircle: cannot start: invalid PORT "abc": expected a number — set PORT to a valid value$/);
    expectOneLine(await startFailing({ LOG_LEVEL: 'loud' }), /invalid LOG_LEVEL "loud": one of fatal, error, .* — set LOG_LEVEL to a valid value$/);
  });

  it('TURN_URLS without TURN_SECRET', async () => {
    expectOneLine(await startFailing({ TURN_URLS: 'turn:turn.example.org:3478' }), /TURN_SECRET is missing: TURN_SECRET is required when TURN_URLS is set — set TURN_SECRET$/);
  });

  it('a mediasoup worker binary that does not exist', async () => {
    expectOneLine(await startFailing({ MEDIASOUP_WORKER_BIN: path.join(root, 'no-worker') }), /the mediasoup worker did not start .* — set MEDIASOUP_WORKER_BIN/);
  });
});
