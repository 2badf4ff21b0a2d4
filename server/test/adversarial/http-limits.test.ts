import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/test-server';

const LIMIT = 3;
const PASSWORD = 'a long enough password';

/** A POST as a browser behind a proxy would send it: the proxy adds the client's address. */
async function post(server: TestServer, path: string, body: unknown, forwardedFor?: string): Promise<number> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) },
    body: JSON.stringify(body),
  });
  return response.status;
}

const guessInvite = (server: TestServer, attempt: number, forwardedFor?: string) =>
  post(server, '/api/invites/redeem', { token: `guess${String(attempt).padStart(17, '0')}` }, forwardedFor);

describe('behind no proxy (TRUST_PROXY unset)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: String(LIMIT) });
  });
  afterAll(async () => server.close());

  it('a spoofed X-Forwarded-For per attempt does not buy fresh attempts → 429', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 2; attempt += 1) statuses.push(await guessInvite(server, attempt, `198.51.100.${attempt}`));
    expect(statuses).toEqual([...Array(LIMIT).fill(404), 429, 429]);
  });
});

describe('behind the TLS proxy (TRUST_PROXY=127.0.0.1)', () => {
  let server: TestServer;
  const emails = { fay: 'fay@example.org', gus: 'gus@example.org' };
  let address = 0;
  // Every request from a new client address, as a botnet would send them.
  const nextAddress = () => `203.0.113.${(address += 1)}`;
  const login = (email: string, password: string) => post(server, '/api/login', { email, password }, nextAddress());

  beforeAll(async () => {
    server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: String(LIMIT), TRUST_PROXY: '127.0.0.1' });
    for (const [name, email] of Object.entries(emails)) {
      expect(await post(server, '/api/facilitators', { email, displayName: name, password: PASSWORD }, nextAddress())).toBe(201);
    }
  });
  afterAll(async () => server.close());

  it('two clients behind the proxy have separate buckets: one guesser → 429, the other still served', async () => {
    const guesser: number[] = [];
    for (let attempt = 0; attempt < LIMIT + 1; attempt += 1) guesser.push(await guessInvite(server, attempt, '192.0.2.10'));
    expect(guesser).toEqual([...Array(LIMIT).fill(404), 429]);
    expect(await guessInvite(server, 99, '192.0.2.20')).toBe(404);
  });

  it('password guesses on one account from rotating addresses → 429 after the limit, even with the right password', async () => {
    const statuses: number[] = [];
    // The account is the email whatever its case.
    for (let attempt = 0; attempt < LIMIT; attempt += 1) statuses.push(await login(attempt % 2 ? emails.fay.toUpperCase() : emails.fay, `wrong guess ${attempt}`));
    expect(statuses).toEqual(Array(LIMIT).fill(401));
    expect(await login(emails.fay, 'yet another guess')).toBe(429);
    expect(await login(emails.fay, PASSWORD)).toBe(429);
  });

  it('parallel guesses on one account cannot slip past the limit', async () => {
    const statuses = await Promise.all(Array.from({ length: 10 }, (_, attempt) => login('nobody@example.org', `parallel ${attempt}`)));
    expect(statuses.filter((status) => status === 401)).toHaveLength(LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(10 - LIMIT);
  });

  it("another account is unaffected by the guessing → 200", async () => {
    expect(await login(emails.gus, PASSWORD)).toBe(200);
  });
});
