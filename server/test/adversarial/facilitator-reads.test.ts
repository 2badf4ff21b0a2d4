import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes, type ApiRouteName } from '@peercircle/shared';
import { runBetweenSessionsJourney } from '../support/between-sessions-journey';
import { callApi } from '../support/http-client';
import { routeNames } from '../support/route-fixtures';
import { startTestServer, type TestServer } from '../support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

/** Every value a path parameter can take that points into the journey's cohort. */
function parameterSets(names: string[], values: Record<string, string[]>): Record<string, string>[] {
  return names.reduce<Record<string, string>[]>(
    (sets, name) => sets.flatMap((set) => (values[name] ?? ['00000000-0000-4000-8000-000000000000']).map((value) => ({ ...set, [name]: value }))),
    [{}],
  );
}

describe("the facilitator's reads", () => {
  it('no read a facilitator may make returns a rating, line, topic, brief, note or answer its author did not share', async () => {
    const { circle, nextSessionId, entered } = await runBetweenSessionsJourney(server);
    const reads = routeNames.filter((name) => apiRoutes[name].method === 'GET' && ['facilitator', 'any'].includes(apiRoutes[name].auth));
    const values = {
      cohortId: [circle.cohort.id],
      sessionId: [circle.session.id, nextSessionId],
      memberId: circle.members.map((member) => member.id),
    };
    const answers: { route: ApiRouteName; body: string }[] = [];
    for (const route of reads) {
      const names = [...apiRoutes[route].path.matchAll(/:(\w+)/g)].map((match) => match[1]!);
      for (const params of parameterSets(names, values)) {
        const answer = await callApi(server.url, route, { cookie: circle.facilitator.cookie, params } as never);
        answers.push({ route, body: JSON.stringify(answer.body) });
      }
    }
    const everything = answers.map(({ body }) => body).join('\n');

    // The sweep reaches what the facilitator is meant to see: shared ratings, a shared topic, anonymous comments.
    const meantForFacilitator = entered.filter(({ readers }) => readers === 'facilitator');
    expect(meantForFacilitator.filter(({ text }) => text.startsWith('area line')).every(({ marker }) => everything.includes(marker))).toBe(true);
    expect(meantForFacilitator.filter(({ text }) => text.startsWith('topic')).every(({ marker }) => everything.includes(marker))).toBe(true);
    expect(meantForFacilitator.filter(({ text }) => text.startsWith('review comment')).some(({ marker }) => everything.includes(marker))).toBe(true);
    // And nothing else.
    const leaked = entered
      .filter(({ readers }) => readers === 'owner')
      .flatMap(({ text, marker }) => answers.filter(({ body }) => body.includes(marker)).map(({ route }) => `${route}: ${text}`));
    expect(leaked).toEqual([]);
  });
});
