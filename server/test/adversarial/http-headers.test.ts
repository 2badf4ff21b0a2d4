import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/http-client';
import { startTestServer, type TestServer } from '../support/test-server';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// The built page when the client was built (npm test builds it), else the template Vite builds it from.
const builtIndex = path.join(repoRoot, 'client/dist/index.html');
const spaIndex = existsSync(builtIndex) ? builtIndex : path.join(repoRoot, 'client/index.html');

/** The CSP as a map of directive → sources. */
function directives(header: string | null): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) parsed.set(name, sources);
  }
  return parsed;
}

const signup = (server: TestServer, email: string) =>
  callApi(server.url, 'signup', { body: { email, displayName: 'Fay', password: 'a long enough password' } });

describe('over plain http (PUBLIC_URL unset)', () => {
  let server: TestServer;
  let clientDist: string;
  beforeAll(async () => {
    clientDist = await mkdtemp(path.join(os.tmpdir(), 'peercircle-dist-'));
    await writeFile(path.join(clientDist, 'index.html'), await readFile(spaIndex));
    server = await startTestServer({ DEMO_ROOMS: '0', CLIENT_DIST_DIR: clientDist });
  });
  afterAll(async () => {
    await server.close();
    await rm(clientDist, { recursive: true, force: true });
  });

  it('the SPA page forbids inline script, plugins, framing and foreign connections (CSP)', async () => {
    const page = await fetch(`${server.url}/invite/AbCdEfGhIjKlMnOpQrStUv`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = directives(page.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')?.every((source) => source === "'self'" || source === 'ws://127.0.0.1:3000')).toBe(true);
    expect(page.headers.get('strict-transport-security')).toBeNull();
  });

  it('the SPA page has no inline script for the CSP to block', async () => {
    const html = await (await fetch(`${server.url}/`)).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter(([, attributes, body]) => !/\bsrc=/.test(attributes!) || body!.trim() !== '')).toEqual([]);
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  it('API docs (Swagger UI) are served under their own CSP that still allows their scripts', async () => {
    const docs = await fetch(`${server.url}/api/docs/`);
    expect(docs.status).toBe(200);
    const csp = directives(docs.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toContain("'self'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    const html = await docs.text();
    for (const [, src] of html.matchAll(/<script src="([^"]+)"/g)) {
      expect((await fetch(new URL(src!, `${server.url}/api/docs/`))).status).toBe(200);
    }
    expect((await fetch(`${server.url}/api/docs/json`)).status).toBe(200);
  });

  it('the login cookie keeps its plain name (a __Host- cookie must be Secure)', async () => {
    const reply = await signup(server, 'plain@example.org');
    expect(reply.loginCookie).toMatch(/^peercircle_login=/);
  });
});

describe('over https (PUBLIC_URL=https://…)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ DEMO_ROOMS: '0', PUBLIC_URL: 'https://circle.example.org' });
  });
  afterAll(async () => server.close());

  it('HSTS is on and the socket origin is wss', async () => {
    const response = await fetch(`${server.url}/api/config`);
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/);
    expect(directives(response.headers.get('content-security-policy')).get('connect-src')).toContain('wss://circle.example.org');
  });

  it('the login cookie is __Host- prefixed: Secure, Path=/, no Domain; it signs in and out', async () => {
    const response = await fetch(`${server.url}/api/facilitators`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'tls@example.org', displayName: 'Fay', password: 'a long enough password' }),
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^__Host-peercircle_login=[A-Za-z0-9_-]+;/);
    expect(setCookie).toMatch(/;\s*Secure/i);
    expect(setCookie).toMatch(/;\s*Path=\/(;|$)/);
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).not.toMatch(/Domain=/i);

    const cookie = setCookie.split(';')[0]!;
    expect((await callApi(server.url, 'me', { cookie })).status).toBe(200);
    // The unprefixed name is not read on https: a cookie set by a plain-http page or a subdomain cannot sign anyone in.
    expect((await callApi(server.url, 'me', { cookie: cookie.replace('__Host-', '') })).status).toBe(401);
    const logout = await fetch(`${server.url}/api/logout`, { method: 'POST', headers: { cookie } });
    expect(logout.headers.get('set-cookie')).toMatch(/^__Host-peercircle_login=;.*Secure/i);
    expect((await callApi(server.url, 'me', { cookie })).status).toBe(401);
  });
});
