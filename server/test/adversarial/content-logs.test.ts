import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/http-client';
import { runBetweenSessionsJourney } from '../support/between-sessions-journey';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' }, { captureLogs: 'trace' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

describe('content in logs', () => {
  it('a two-session journey through every between-session feature leaves none of the texts entered in the logs, even at trace level', async () => {
    const { circle, entered } = await runBetweenSessionsJourney(server);
    const dorotea = circle.members.find((member) => member.name === 'Dorotea')!;
    expect((await callApi(server.url, 'deleteMyData', { cookie: dorotea.cookie })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const logs = server.logLines.join('');
    // The logs did record the journey — requests, sessions, sockets — just none of what was said.
    expect(server.logLines.length).toBeGreaterThan(50);
    expect(logs).toContain(circle.session.id);
    expect(entered.length).toBeGreaterThan(30);
    expect(entered.filter(({ text }) => logs.includes(text))).toEqual([]);
    expect(entered.filter(({ marker }) => logs.includes(marker))).toEqual([]);
  });
});
