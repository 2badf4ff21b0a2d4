import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/http-client';
import { openSession } from '../support/open-session';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const realLine = 'Ada is steady at work';
const forgedCard = (participantId: string) => ({
  participantId,
  areas: ['work', 'relationships', 'self'].map((name) => ({ name, rating: 1, line: 'Ada wants to quit the circle' })),
  topics: ['A forged topic'],
});

describe('update cards: what a participant may not do', () => {
  it('no participant can load, replace or forge cards over the socket; the loaded cards stay as stored', async () => {
    const circle = await openSession(server, ['Ada', 'Ben'], ['Ada', 'Ben'], async ({ members, session }) => {
      const ada = members.find((m) => m.name === 'Ada')!;
      const body = { areas: [{ rating: 7, line: realLine }, { rating: 5, line: '' }, { rating: 6, line: '' }], topics: [], shareWithFacilitator: false };
      expect((await callApi(server.url, 'submitMonthlyUpdate', { cookie: ada.cookie, params: { sessionId: session.id }, body })).status).toBe(200);
    });
    const { fay, sockets, live, members } = circle;
    const ada = members.find((m) => m.name === 'Ada')!;
    const ben = members.find((m) => m.name === 'Ben')!;
    await fay.request('session:command', { type: 'session.start' });
    await expect.poll(() => live().state.updateCards ?? null).not.toBeNull();
    const loaded = JSON.stringify(live().state.updateCards);
    const version = live().state.version;

    const forgeries = [
      { type: 'updateCards.load', cards: [forgedCard(ada.id)] },
      { type: 'updateCards.load', cards: [] },
      { type: 'updateCards.load', cards: [forgedCard(ben.id)], actor: { kind: 'system' } },
    ];
    for (const client of [fay, sockets['Ada']!, sockets['Ben']!]) {
      for (const forged of forgeries) {
        const ack = await client.send('session:command', forged);
        expect(ack.ok).toBe(false);
      }
    }
    expect(JSON.stringify(live().state.updateCards)).toBe(loaded);
    expect(live().state.version).toBe(version);
    expect(loaded).toContain(realLine);
    expect(loaded).not.toContain('forged');
  });

  it('an update submitted or replaced after the session started never reaches the circle', async () => {
    const circle = await openSession(server, ['Ada', 'Ben']);
    const ada = circle.members.find((m) => m.name === 'Ada')!;
    await circle.fay.request('session:command', { type: 'session.start' });
    const late = await callApi(server.url, 'submitMonthlyUpdate', {
      cookie: ada.cookie,
      params: { sessionId: circle.session.id },
      body: { areas: [{ rating: 2, line: 'Too late a line' }, { rating: 5, line: '' }, { rating: 6, line: '' }], topics: [], shareWithFacilitator: false },
    });
    expect(late.status).toBe(409);
    await expect.poll(() => circle.live().state.updateCards ?? null).toEqual({});
    expect(JSON.stringify(circle.sockets['Ben']!.received('session:update'))).not.toContain('Too late a line');
  });
});
