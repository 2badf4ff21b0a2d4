import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../server/test/support/server-process';
import { spawnChild, waitUntil } from './child-processes';
import { haproxyInstalled, startHaproxy, type HaproxyProcess } from './haproxy';

/**
 * The routing contract, measured against the real HAProxy with tiny Node backends that answer with
 * their own id (no PeerCircle needed). `npm test` installs haproxy (scripts/lib/setup-steps.sh).
 */
const installed = haproxyInstalled();

interface Backend {
  id: string;
  port: number;
  /** SIGKILL, as a crashed node: the kernel closes its sockets, nothing is said goodbye. */
  kill(): Promise<void>;
}

/**
 * A backend in its own process that answers with its id; after a websocket handshake it echoes every
 * byte back prefixed with its id.
 */
const backendScript = `
const http = require('node:http');
const crypto = require('node:crypto');
const [id, port] = process.argv.slice(1);
const server = http.createServer((request, response) => {
  response.setHeader('x-node', id);
  response.end(request.url === '/api/health' ? '{"status":"ok"}' : id);
});
server.on('upgrade', (request, socket) => {
  const accept = crypto.createHash('sha1').update(request.headers['sec-websocket-key'] + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
  socket.write('HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\nConnection: Upgrade\\r\\nSec-WebSocket-Accept: ' + accept + '\\r\\n\\r\\n');
  socket.on('data', (data) => socket.write(id + ':' + data));
});
server.listen(Number(port), '127.0.0.1', () => console.log('listening'));
`;

async function startBackend(id: string): Promise<Backend> {
  const port = await freePort();
  const child = spawnChild(process.execPath, ['-e', backendScript, id, String(port)]);
  await waitUntil(`backend ${id}`, async () => child.output().includes('listening'), child);
  return { id, port, kill: () => child.stop('SIGKILL') };
}

/** GET through HAProxy; the answering node's id, or the failure (HTTP status or network error). */
async function whoAnswers(url: string): Promise<string> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    const body = await response.text();
    return response.ok ? body : `HTTP ${response.status}`;
  } catch (error) {
    return `error ${(error as Error).message}`;
  }
}

describe.skipIf(!installed)('HAProxy routes a PeerCircle cluster as the contract says', () => {
  let dir: string;
  let backends: Backend[];
  let haproxy: HaproxyProcess;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-haproxy-test-'));
    backends = await Promise.all(['n1', 'n2', 'n3'].map(startBackend));
    haproxy = await startHaproxy(await freePort(), backends.map((backend) => ({ id: backend.id, host: '127.0.0.1', port: backend.port })), dir);
  });

  afterAll(async () => {
    await haproxy?.child.stop();
    await Promise.all((backends ?? []).map((backend) => backend.kill()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('sends every request with ?node=n2 to n2, whatever else the query holds', async () => {
    const answers: string[] = [];
    for (let index = 0; index < 9; index += 1) answers.push(await whoAnswers(`${haproxy.url}/socket.io/?EIO=4&node=n2&transport=polling&t=${index}`));
    expect(answers).toEqual(Array(9).fill('n2'));
    expect(await whoAnswers(`${haproxy.url}/api/rooms?node=n3`)).toBe('n3');
  });

  it('spreads requests without ?node= round-robin over every node (and an unknown node id is no exception)', async () => {
    const answers: string[] = [];
    for (let index = 0; index < 9; index += 1) answers.push(await whoAnswers(`${haproxy.url}/api/rooms${index % 2 ? '?node=n9' : ''}`));
    expect(answers.filter((id) => id === 'n1')).toHaveLength(3);
    expect(answers.filter((id) => id === 'n2')).toHaveLength(3);
    expect(answers.filter((id) => id === 'n3')).toHaveLength(3);
  });

  it('passes a websocket upgrade through and keeps the tunnel open both ways', async () => {
    const socket = net.connect(haproxy.port, '127.0.0.1');
    const received: Buffer[] = [];
    socket.on('data', (data: Buffer) => received.push(data));
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`GET /socket.io/?node=n3&EIO=4&transport=websocket HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
    await expect.poll(() => Buffer.concat(received).toString()).toContain('\r\n\r\n');
    expect(Buffer.concat(received).toString()).toMatch(/^HTTP\/1\.1 101 /);
    received.length = 0;
    socket.write('hello');
    await expect.poll(() => Buffer.concat(received).toString()).toBe('n3:hello');
    socket.destroy();
  });

  // HAProxy 2.6: while the pinned node is not yet marked down, the refused connection is retried on
  // another node (option redispatch 1); once it is down, its use-server rule is ignored and the
  // request is balanced like any other. Either way the client gets an answer from a live node.
  it('after n2 dies, ?node=n2 reaches another node at once, and n2 is marked DOWN within a second', async () => {
    const n2 = backends.find((backend) => backend.id === 'n2')!;
    // Leaves HAProxy an idle keep-alive connection to n2 that the crash then cuts.
    expect(await whoAnswers(`${haproxy.url}/api/rooms?node=n2`)).toBe('n2');
    await n2.kill();
    const killedAt = performance.now();
    const answers: { atMs: number; who: string; tookMs: number }[] = [];
    let downAtMs: number | undefined;
    while (performance.now() - killedAt < 2_500) {
      const sentAt = performance.now();
      const who = await whoAnswers(`${haproxy.url}/socket.io/?node=n2&EIO=4&transport=polling`);
      answers.push({ atMs: Math.round(sentAt - killedAt), who, tookMs: Math.round(performance.now() - sentAt) });
      if (downAtMs === undefined && (await haproxy.stats()).find((server) => server.id === 'n2')?.status.startsWith('DOWN')) {
        downAtMs = Math.round(performance.now() - killedAt);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const failures = answers.filter((answer) => !['n1', 'n3'].includes(answer.who));
    console.log(`haproxy failover: n2 DOWN after ${downAtMs} ms; ${answers.length} requests for ?node=n2, ${failures.length} failed, slowest ${Math.max(...answers.map((answer) => answer.tookMs))} ms; first answers: ${JSON.stringify(answers.slice(0, 4))}`);
    expect(failures).toEqual([]);
    expect(downAtMs).toBeDefined();
    expect(downAtMs!).toBeLessThan(1_500);
    expect(Math.max(...answers.map((answer) => answer.tookMs))).toBeLessThan(1_500);
  });
});
