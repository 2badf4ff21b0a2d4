import type { Page } from '@playwright/test';
import { createCohort, type CohortFixture } from '../../server/test/support/cohort-fixture';
import { clusterTestsEnabled } from '../support/cluster/cluster-tests-enabled';
import { startCluster, type Cluster, type ClusterNode } from '../support/cluster/start-cluster';
import { expect, test } from '../support/fixtures';
import { audibleRemotes, expectMediaFlowingFromAll, participantIdsByName, receivedMediaByParticipant } from '../support/media-stats';
import type { HealthReport } from '../support/server-process';
import { enterWithDoorOpen, signedInPage } from '../support/signed-in';

/** Issue 11: a circle's node dies mid-session; its people are back with media on another node within this. */
const FAILOVER_BUDGET_MS = 10_000;

async function healthOf(node: ClusterNode): Promise<HealthReport | null> {
  try {
    const response = await fetch(`${node.url}/api/health`, { signal: AbortSignal.timeout(2_000) });
    return (await response.json()) as HealthReport;
  } catch {
    return null;
  }
}

/** The node whose media room holds all `participants` of the circle (asked directly, not through HAProxy). */
async function nodeHosting(nodes: ClusterNode[], participants: number): Promise<ClusterNode> {
  let hosting: ClusterNode[] = [];
  await expect
    .poll(async () => {
      const reports = await Promise.all(nodes.map(healthOf));
      hosting = nodes.filter((_, index) => reports[index]?.participants === participants);
      return hosting.length;
    })
    .toBe(1);
  return hosting[0]!;
}

/**
 * Milliseconds from `since` until this page decodes video from every one of `remotes` participants on
 * peer connections created after `since`: the media of a new node, not the frames of the dead one.
 */
async function mediaBackAfter(page: Page, since: number, remotes: number, budgetMs: number): Promise<number> {
  let last = {};
  while (Date.now() - since < budgetMs) {
    const received = await receivedMediaByParticipant(page, since);
    last = received;
    const videos = Object.values(received).filter((media) => media.videoFramesDecoded > 0);
    if (Object.keys(received).length === remotes && videos.length === remotes) return Date.now() - since;
    await page.waitForTimeout(100);
  }
  throw new Error(`no new media from all ${remotes} remotes within ${budgetMs} ms of the kill: ${JSON.stringify(last)}`);
}

/** How many remotes this page decoded more video frames from over one second, on connections created since `since`. */
async function remotesWithNewFrames(page: Page, since: number): Promise<number> {
  const before = await receivedMediaByParticipant(page, since);
  await page.waitForTimeout(1_000);
  const after = await receivedMediaByParticipant(page, since);
  return Object.entries(after).filter(([id, media]) => media.videoFramesDecoded > (before[id]?.videoFramesDecoded ?? 0)).length;
}

/** The floor as the facilitator's console strip, a member and the speaker show it. */
async function expectFloorWithInes(fay: Page, ravi: Page, ines: Page): Promise<void> {
  await expect(fay.getByTestId('floor-status')).toContainText('Ines is speaking');
  await expect(ravi.getByTestId('floor-status')).toContainText('Ines holds the floor');
  await expect(ines.getByTestId('floor-status')).toContainText("It's your turn");
}

test.describe('a circle whose node is SIGKILLed mid-session', () => {
  test.skip(!clusterTestsEnabled(), 'needs PostgreSQL (TEST_DATABASE_URL), redis-server and haproxy');
  let cluster: Cluster;
  let fixture: CohortFixture;

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    cluster = await startCluster({ nodes: 3 });
    fixture = await createCohort(cluster.url, ['Ravi', 'Ines'], { acceptAgreement: true });
  });

  test.afterAll(async () => {
    await cluster?.stop();
  });

  test('comes back on another node within 10 s: everyone sees and hears each other, phase and floor kept', async ({ browser }) => {
    const { session, facilitator, members } = fixture;
    const pages = await Promise.all([facilitator, ...members].map((person) => signedInPage(browser, cluster.url, person.cookie)));
    const [fay, ravi, ines] = pages as [Page, Page, Page];

    await enterWithDoorOpen(session.id, fay, [ravi, ines]);
    for (const page of pages) await expectMediaFlowingFromAll(page, 2);

    await fay.getByRole('button', { name: 'Start session' }).click();
    await expect(ravi.getByTestId('floor-status')).toContainText("It's your turn");
    await fay.getByRole('button', { name: 'Next speaker' }).click();
    await expectFloorWithInes(fay, ravi, ines);

    const owner = await nodeHosting(cluster.nodes, 3);
    const survivors = cluster.nodes.filter((node) => node !== owner);
    const killedAt = Date.now();
    await owner.kill();

    const mediaBackMs = await Promise.all(pages.map((page) => mediaBackAfter(page, killedAt, 2, FAILOVER_BUDGET_MS)));
    const newOwner = await nodeHosting(survivors, 3);
    console.log(
      `failover ${owner.id} → ${newOwner.id}: kill → media back (new peer connections decoding both others) ` +
        `Fay ${mediaBackMs[0]} ms, Ravi ${mediaBackMs[1]} ms, Ines ${mediaBackMs[2]} ms`,
    );

    // The room shows the circle again, connected, in the state the facilitator left it.
    for (const page of pages) await expect(page.getByTestId('connection-banner')).toHaveCount(0);
    await expect(fay.getByRole('heading', { name: 'Check-in' })).toBeVisible();
    await expectFloorWithInes(fay, ravi, ines);

    // Frames keep coming on the new connections, and the floor is still enforced: only Ines is heard.
    for (const page of pages) await expect.poll(() => remotesWithNewFrames(page, killedAt)).toBe(2);
    const ids = await participantIdsByName(fay);
    await expect.poll(async () => audibleRemotes(fay)).toEqual({ [ids['Ravi']!]: false, [ids['Ines']!]: true });
    await Promise.all(pages.map((page) => page.context().close()));
  });
});
