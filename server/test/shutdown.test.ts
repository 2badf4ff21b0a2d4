import { describe, expect, it } from 'vitest';
import { startTestServer } from './support/test-server';

describe('shutting down', () => {
  it('closes promptly while browsers hold websockets and keep-alive connections open', async () => {
    const server = await startTestServer();
    await fetch(`${server.url}/api/health`);
    const client = await server.connect();
    await client.request('room:join', { demoRoom: 'closing', displayName: 'Maya' });
    const startedAt = Date.now();
    await server.close();
    expect(Date.now() - startedAt).toBeLessThan(1000);
  });
});
