import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../server/test/support/server-process';
import { allocateUnusedPort, somethingListensOn, startServer } from './server-process';

/** A server of another process (another checkout's spec, say) on a port of the shared range. */
async function foreignListener(): Promise<{ port: number; close(): Promise<void> }> {
  const port = await freePort();
  const listener = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => listener.listen(port, '127.0.0.1', resolve));
  return { port, close: () => new Promise((resolve) => listener.close(() => resolve())) };
}

describe('ports for e2e servers', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((listener) => listener.close()));
  });

  it('tells a port something listens on from one nobody does', async () => {
    const foreign = await foreignListener();
    opened.push(foreign);
    expect(await somethingListensOn(foreign.port)).toBe(true);
    expect(await somethingListensOn(await freePort())).toBe(false);
  });

  it('skips a candidate port another process already listens on', async () => {
    const foreign = await foreignListener();
    opened.push(foreign);
    const unused = await freePort();
    const candidates = [foreign.port, unused];
    expect(await allocateUnusedPort(() => candidates.shift()!)).toBe(unused);
  });

  it('refuses to start on a taken port instead of trusting the other process\'s health answer', async () => {
    const foreign = await foreignListener();
    opened.push(foreign);
    await expect(startServer({ port: foreign.port })).rejects.toThrow(`port ${foreign.port} is already in use by another process`);
  });
});
