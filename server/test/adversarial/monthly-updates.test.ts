import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi } from '../support/http-client';
import { createCohort } from '../support/cohort-fixture';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' }, { captureLogs: true });
});
afterAll(async () => server.close());

const areas = [
  { rating: 7, line: 'fine' },
  { rating: 5, line: '' },
  { rating: 6, line: '' },
];
const valid = { areas, topics: [], shareWithFacilitator: false };

async function circle() {
  const fixture = await createCohort(server.url, ['Ada', 'Ben']);
  const [ada, ben] = fixture.members as [(typeof fixture.members)[0], (typeof fixture.members)[0]];
  const submit = (body: unknown, cookie = ada.cookie) => callApi(server.url, 'submitMonthlyUpdate', { cookie, params: { sessionId: fixture.session.id }, body });
  const raw = (body: string) =>
    fetch(`${server.url}/api/sessions/${fixture.session.id}/update`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: ada.cookie }, body });
  const submitted = async () => (await callApi(server.url, 'monthlyUpdateSubmissions', { cookie: fixture.facilitator.cookie, params: { sessionId: fixture.session.id } })).body.submitted;
  return { ...fixture, ada, ben, submit, raw, submitted };
}

describe('monthly updates: input an attacker sends', () => {
  it.each<[string, unknown]>([
    ['a line of 201 characters', { ...valid, areas: [{ rating: 7, line: 'x'.repeat(201) }, areas[1], areas[2]] }],
    ['a line with a control character', { ...valid, areas: [{ rating: 7, line: 'ok\u001b[31m' }, areas[1], areas[2]] }],
    ['a line with a line break', { ...valid, areas: [{ rating: 7, line: 'one\ntwo' }, areas[1], areas[2]] }],
    ['a rating of 11', { ...valid, areas: [{ rating: 11, line: '' }, areas[1], areas[2]] }],
    ['a rating as text', { ...valid, areas: [{ rating: '7', line: '' }, areas[1], areas[2]] }],
    ['a fourth area', { ...valid, areas: [...areas, areas[0]] }],
    ['four topics', { ...valid, topics: [1, 2, 3, 1].map((rank) => ({ title: 't', rank, mightPresent: false })) }],
    ['duplicate ranks', { ...valid, topics: [2, 2].map((rank) => ({ title: 't', rank, mightPresent: false })) }],
    ['a topic title of 121 characters', { ...valid, topics: [{ title: 'x'.repeat(121), rank: 1, mightPresent: false }] }],
    ['a forged member id', { ...valid, memberId: '00000000-0000-4000-8000-000000000001' }],
    ['a forged session id', { ...valid, sessionId: '00000000-0000-4000-8000-000000000002' }],
    ['share as a string', { ...valid, shareWithFacilitator: 'yes' }],
  ])('%s → 400 invalid_payload, nothing stored', async (_name, body) => {
    const c = await circle();
    const reply = await c.submit(body);
    expect(reply.status).toBe(400);
    expect(reply.body.error?.code).toBe('invalid_payload');
    expect(await c.submitted()).toEqual([]);
  });

  it('a 2 MB body → 413, nothing stored', async () => {
    const c = await circle();
    const reply = await c.raw(JSON.stringify({ ...valid, areas: [{ rating: 7, line: 'x'.repeat(2_000_000) }, areas[1], areas[2]] }));
    expect(reply.status).toBe(413);
    expect(await c.submitted()).toEqual([]);
  });

  it("a forged member id cannot write into another member's update", async () => {
    const c = await circle();
    expect((await c.submit({ ...valid, memberId: c.ben.id })).status).toBe(400);
    await c.submit(valid);
    expect((await callApi(server.url, 'myMonthlyUpdate', { cookie: c.ben.cookie, params: { sessionId: c.session.id } })).body).toEqual({ update: null });
    expect((await callApi(server.url, 'exportMyData', { cookie: c.ben.cookie })).body.monthlyUpdates).toEqual([]);
    expect((await callApi(server.url, 'exportMyData', { cookie: c.ada.cookie })).body.monthlyUpdates).toHaveLength(1);
  });

  it('replaying 20 times and flooding 60 at once still leaves one update', async () => {
    const c = await circle();
    for (let i = 0; i < 20; i += 1) expect((await c.submit(valid)).status).toBe(200);
    const flood = await Promise.all(Array.from({ length: 60 }, (_, i) => c.submit({ ...valid, areas: [{ rating: (i % 10) + 1, line: '' }, areas[1], areas[2]] })));
    expect(flood.every((reply) => reply.status === 200 || reply.status === 429)).toBe(true);
    expect(await c.submitted()).toHaveLength(1);
    expect((await c.submit(valid, c.ben.cookie)).status).toBe(200);
    expect(await c.submitted()).toHaveLength(2);
  });

  it('a session id that does not exist → 404', async () => {
    const c = await circle();
    const reply = await callApi(server.url, 'submitMonthlyUpdate', { cookie: c.ada.cookie, params: { sessionId: '00000000-0000-4000-8000-00000000dead' }, body: valid });
    expect(reply.status).toBe(404);
  });
});

describe('monthly updates: nothing of them in the logs', () => {
  it('lines and topics, accepted or refused, never reach a log line', async () => {
    const c = await circle();
    const from = server.logLines.length;
    const secrets = ['Divorce papers 4c1e9a', 'Burnout at work 8d2f30', 'Thinking of quitting b7a611', 'Money trouble 0e93d4'];
    await c.submit({ areas: [{ rating: 2, line: secrets[0] }, areas[1], areas[2]], topics: [{ title: secrets[1]!, rank: 1, mightPresent: true }], shareWithFacilitator: true });
    await c.submit({ ...valid, areas: [{ rating: 2, line: `${secrets[2]} ${'x'.repeat(300)}` }, areas[1], areas[2]] });
    await c.raw(`{"areas":[{"rating":2,"line":"${secrets[3]}`);
    await c.submitted();
    await callApi(server.url, 'myUpdateRatings', { cookie: c.ada.cookie });
    await callApi(server.url, 'exportMyData', { cookie: c.ada.cookie });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const logs = server.logLines.slice(from).join('');
    expect(logs.length).toBeGreaterThan(0);
    expect(secrets.filter((secret) => logs.includes(secret.split(' ').at(-1)!))).toEqual([]);
  });
});
