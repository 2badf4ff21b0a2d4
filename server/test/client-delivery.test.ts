import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

// A build laid out as Vite writes it: hashed assets with their precompressed twins and a source map.
const script = `console.log(${JSON.stringify('x'.repeat(4_000))});`;
let distDir: string;
let server: TestServer;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(os.tmpdir(), 'peercircle-dist-'));
  await mkdir(path.join(distDir, 'assets'));
  await mkdir(path.join(distDir, '.vite'));
  await writeFile(path.join(distDir, 'index.html'), '<!doctype html><script type="module" src="/assets/app-3f9a.js"></script>');
  await writeFile(path.join(distDir, 'assets', 'app-3f9a.js'), script);
  await writeFile(path.join(distDir, 'assets', 'app-3f9a.js.gz'), gzipSync(script));
  await writeFile(path.join(distDir, 'assets', 'app-3f9a.js.br'), brotliCompressSync(script));
  await writeFile(path.join(distDir, 'assets', 'app-3f9a.js.map'), '{"version":3,"sources":["secret-source.ts"]}');
  await writeFile(path.join(distDir, '.vite', 'manifest.json'), '{}');
  server = await startTestServer({ CLIENT_DIST_DIR: distDir });
});
afterAll(async () => {
  await server.close();
  await rm(distDir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers });

describe('the client build', () => {
  it('is served brotli- or gzip-compressed as the browser accepts, and cached for good', async () => {
    const brotli = await get('/assets/app-3f9a.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotli.rawPayload.length).toBeLessThan(script.length / 10);

    const gzip = await get('/assets/app-3f9a.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const plain = await get('/assets/app-3f9a.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('revalidates index.html on every visit, also where a client-side route serves it', async () => {
    for (const url of ['/', '/r/some-room', '/invite/abc']) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.body, url).toContain('/assets/app-3f9a.js');
    }
  });

  it('never serves source maps, build metadata or missing assets (no index.html in their place)', async () => {
    for (const url of ['/assets/app-3f9a.js.map', '/.vite/manifest.json', '/assets/missing-1234.js']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('secret-source');
      expect(response.body, url).not.toContain('<script');
    }
  });
});
