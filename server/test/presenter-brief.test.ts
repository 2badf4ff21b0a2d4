import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCohort } from './support/cohort-fixture';
import { callApi } from './support/http-client';
import { openSession } from './support/open-session';
import { startTestServer, type TestClient, type TestServer } from './support/test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ DEMO_ROOMS: '0', AUTH_ATTEMPTS_PER_MINUTE: '1000' }, { captureLogs: true });
});
afterEach(() => server.disconnectAll());
afterAll(async () => server.close());

const ISSUE = 'Whether to close the Lisbon office I opened myself.';
const FEELINGS = 'Ashamed, mostly, and a bit relieved.';
const draft = { issue: ISSUE, stakes: 'Twelve jobs.', feelings: FEELINGS, notWanted: 'Restructuring advice.' };

/** Ada presents (the facilitator chose her); the session is open with Ada and Ben in the circle, not started. */
async function adaPresents() {
  const circle = await openSession(server, ['Ada', 'Ben'], ['Ada', 'Ben'], async ({ facilitator, session, members }) => {
    await callApi(server.url, 'updateSession', { cookie: facilitator.cookie, params: { sessionId: session.id }, body: { presenterOverrideId: members[0]!.id } });
  });
  const [ada, ben] = circle.members as [(typeof circle.members)[0], (typeof circle.members)[0]];
  const save = (cookie: string, body: Record<string, unknown>) => callApi(server.url, 'savePresenterBrief', { cookie, params: { sessionId: circle.session.id }, body: body as never });
  const page = (cookie: string) => callApi(server.url, 'presenterBrief', { cookie, params: { sessionId: circle.session.id } });
  return { ...circle, ada, ben, save, page };
}

const framesOf = (client: TestClient) => JSON.stringify([client.received('session:update'), client.received('session:snapshot' as never)]);
const goTo = (fay: TestClient, phaseIndex: number) => fay.request('session:command', { type: 'phase.goTo', phaseIndex });

describe("the presenter's brief", () => {
  it('the presenter drafts it and marks it ready; the facilitator learns only that it is ready', async () => {
    const { ada, save, page, facilitator, cohort, session } = await adaPresents();
    const saved = await save(ada.cookie, { ...draft, ready: false, keep: false });
    expect(saved.status).toBe(200);
    expect((await page(ada.cookie)).body).toMatchObject({ sessionId: session.id, writable: true, presenting: true, brief: { issue: ISSUE, ready: false } });
    const before = await callApi(server.url, 'getCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id } });
    expect(before.body.briefReadySessionIds).toEqual([]);

    expect((await save(ada.cookie, { ...draft, ready: true, keep: false })).status).toBe(200);
    const after = await callApi(server.url, 'getCohort', { cookie: facilitator.cookie, params: { cohortId: cohort.id } });
    expect(after.body.briefReadySessionIds).toEqual([session.id]);
    expect(JSON.stringify(after.body)).not.toContain('Lisbon');
  });

  it('nobody else reads or writes it: another member, the facilitator, another circle, a removed presenter', async () => {
    const { ada, ben, save, page, facilitator, cohort } = await adaPresents();
    await save(ada.cookie, { ...draft, ready: true, keep: false });
    const benPage = await page(ben.cookie);
    expect(benPage.body).toMatchObject({ writable: false, presenting: false, brief: null });
    expect((await save(ben.cookie, { issue: 'Ben writes over it', ready: false, keep: false })).status).toBe(403);
    expect((await page(facilitator.cookie)).status).toBe(403);
    expect((await save(facilitator.cookie, { issue: 'Fay writes', ready: false, keep: false })).status).toBe(403);
    const elsewhere = await createCohort(server.url, ['Zed']);
    expect((await page(elsewhere.members[0]!.cookie)).status).toBe(404);
    expect((await save(elsewhere.members[0]!.cookie, { issue: 'Zed writes', ready: false, keep: false })).status).toBe(404);
    // A forged session id is answered like any unknown one.
    const forged = await callApi(server.url, 'presenterBrief', { cookie: ada.cookie, params: { sessionId: elsewhere.session.id } });
    expect(forged.status).toBe(404);

    await callApi(server.url, 'removeMember', { cookie: facilitator.cookie, params: { cohortId: cohort.id, memberId: ada.id } });
    expect([401, 403]).toContain((await page(ada.cookie)).status);
    expect((await page(ben.cookie)).body.brief).toBeNull();
  });

  it('refuses oversize text, control characters, unknown fields and a ready brief without its issue, changing nothing', async () => {
    const { ada, save, page } = await adaPresents();
    await save(ada.cookie, { ...draft, ready: false, keep: false });
    for (const body of [
      { issue: 'x'.repeat(301), ready: false, keep: false },
      { background: 'x'.repeat(4001), ready: false, keep: false },
      { feelings: 'ring\u0007', ready: false, keep: false },
      { issue: 'Two\nlines', ready: false, keep: false },
      { issue: ISSUE, ready: false, keep: false, presenterId: ada.id },
      { stakes: 'no issue', ready: true, keep: false },
    ]) {
      expect((await save(ada.cookie, body)).status).toBe(400);
    }
    expect((await page(ada.cookie)).body.brief).toMatchObject({ issue: ISSUE, feelings: FEELINGS, ready: false });
  });

  it('reaches the circle only when the presentation starts, stays through the consultancy and is deleted at the end', async () => {
    const { ada, ben, save, page, fay, sockets, live } = await adaPresents();
    await save(ada.cookie, { ...draft, ready: true, keep: false });
    await fay.request('session:command', { type: 'session.start' });
    const benSocket = sockets['Ben']!;
    expect(live().state.agenda.phases[0]!.kind).toBe('check-in');
    expect(framesOf(benSocket)).not.toContain('Lisbon');
    expect(JSON.stringify(await benSocket.request('session:sync', {}))).not.toContain('Lisbon');

    const presentation = live().state.agenda.phases.findIndex((phase) => phase.kind === 'presentation');
    await goTo(fay, presentation);
    await expect.poll(() => live().state.presenterBrief?.issue).toBe(ISSUE);
    await expect.poll(() => framesOf(benSocket)).toContain('Lisbon');
    const synced = await benSocket.request('session:sync', {});
    expect(JSON.stringify(synced)).toContain(FEELINGS);

    // Going to the next consultancy phase keeps it; a replayed reveal is refused by the circle.
    await goTo(fay, presentation + 1);
    expect(live().state.presenterBrief?.issue).toBe(ISSUE);

    await fay.request('session:command', { type: 'session.end' });
    expect(live()?.state.presenterBrief ?? null).toBeNull();
    const afterEnd = await page(ada.cookie);
    expect(afterEnd.body).toMatchObject({ writable: false, brief: null });
    expect((await save(ada.cookie, { ...draft, ready: true, keep: true })).status).toBe(403);
    expect((await page(ben.cookie)).body.brief).toBeNull();
  });

  it('a brief that is not ready never reaches the circle', async () => {
    const { ada, save, fay, sockets, live } = await adaPresents();
    await save(ada.cookie, { ...draft, ready: false, keep: false });
    await fay.request('session:command', { type: 'session.start' });
    await goTo(fay, live().state.agenda.phases.findIndex((phase) => phase.kind === 'presentation'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(live().state.presenterBrief ?? null).toBeNull();
    expect(framesOf(sockets['Ben']!)).not.toContain('Lisbon');
  });

  it('a kept brief outlives the session, for the presenter alone; then "Were we helpful?"', async () => {
    const { ada, ben, save, page, fay, session } = await adaPresents();
    await save(ada.cookie, { ...draft, ready: true, keep: true });
    await fay.request('session:command', { type: 'session.start' });
    await fay.request('session:command', { type: 'session.end' });
    expect((await page(ada.cookie)).body.brief).toMatchObject({ issue: ISSUE, keep: true });
    const kept = await callApi(server.url, 'keptBriefs', { cookie: ada.cookie });
    expect(kept.body.map((brief) => brief.issue)).toEqual([ISSUE]);
    expect((await callApi(server.url, 'keptBriefs', { cookie: ben.cookie })).body).toEqual([]);

    const helpful = (cookie: string, body: Record<string, unknown>) =>
      callApi(server.url, 'answerHelpfulness', { cookie, params: { sessionId: session.id }, body: body as never });
    expect((await helpful(ada.cookie, { answer: 'partly', words: 'The curious questions landed.' })).status).toBe(200);
    expect((await helpful(ben.cookie, { answer: 'yes' })).status).toBe(403);
    expect((await helpful(ada.cookie, { answer: 'maybe' })).status).toBe(400);
    expect((await page(ada.cookie)).body.helpfulness).toMatchObject({ answer: 'partly', words: 'The curious questions landed.' });
    expect((await page(ben.cookie)).body.helpfulness).toBeNull();
  });

  it('leaves nothing of what the brief says in the logs', async () => {
    const everything = server.logLines.join('\n');
    expect(everything.length).toBeGreaterThan(0);
    for (const text of ['Lisbon', FEELINGS, 'Restructuring advice', 'curious questions landed']) expect(everything).not.toContain(text);
  });
});
