import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { CohortDetail, CohortHealthReport, CohortSummary } from '@peercircle/shared';
import { chromiumLaunchOptions } from '../support/chromium';
import { setSectionOpen } from '../support/console';
import { createDemoCohort, type DemoPerson } from '../support/demo-cohort';
import { expect, test } from '../support/fixtures';
import { audibleRemotes, recordPeerConnections } from '../support/media-stats';
import { allocatePort, startServer } from '../support/server-process';
import { voiceRecording } from '../support/voice-recording';

// Every microphone in this browser plays continuous voice, so what counts is only what the SFU forwards.
test.use({ launchOptions: chromiumLaunchOptions({ fakeMicrophoneFile: voiceRecording() }) });

async function openLink(browser: Browser, baseUrl: string, person: DemoPerson): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl, permissions: ['camera', 'microphone'] });
  const page = await context.newPage();
  await recordPeerConnections(page);
  await page.goto(person.linkPath);
  await expect(page).toHaveURL(/\/s\/[0-9a-f-]{36}$/);
  return page;
}

async function joinAsMember(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Join session' }).click();
  await page.getByLabel(/^I agree/).check();
  await page.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(page.getByRole('complementary', { name: 'Circle panel' })).toBeVisible({ timeout: 30_000 });
}

/** Seconds on the facilitator's "Floor m:ss · Voice m:ss" counters for one person. */
async function heardSeconds(facilitator: Page, name: string): Promise<{ floor: number; voice: number }> {
  const row = facilitator.getByRole('region', { name: 'People in the circle' }).getByRole('listitem').filter({ hasText: name });
  const text = (await row.textContent()) ?? '';
  const seconds = (label: string) => {
    const [, minutes = 'NaN', secs = 'NaN'] = new RegExp(`${label} (\\d+):(\\d\\d)`).exec(text) ?? [];
    return Number(minutes) * 60 + Number(secs);
  };
  return { floor: seconds('Floor'), voice: seconds('Voice') };
}

async function endSession(facilitator: Page): Promise<void> {
  await setSectionOpen(facilitator, /^Agenda/, true);
  await facilitator.getByRole('button', { name: 'End session' }).click();
  await facilitator.getByRole('button', { name: 'Yes, end the session' }).click();
  await expect(facilitator.getByRole('heading', { name: 'The session has ended' })).toBeVisible();
}

test('speaking time is what the SFU forwarded of each turn, and invited members who never came are absent', async ({ browser }) => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'peercircle-speaking-'));
  const port = allocatePort();
  const env = { DATA_DIR: dataDir, DEMO_ROOMS: '0' };
  // The demo's session starts "now" and its members are invited a moment later, as a facilitator does on the day.
  const people = createDemoCohort({ ...env, PORT: String(port) });
  const server = await startServer({ port, env });
  try {
    const person = (name: string) => people.find((p) => p.name === name)!;
    const fay = await openLink(browser, server.url, people.find((p) => p.role === 'facilitator')!);
    await fay.getByRole('button', { name: 'Join session' }).click();
    await fay.getByLabel('Let everyone in directly').check();
    // Omar Haddad and Sofia Rossi never open their invitations.
    const speakers: Page[] = [];
    for (const name of ['Maya Chen', 'Ravi Patel', 'Ines García']) {
      const page = await openLink(browser, server.url, person(name));
      await joinAsMember(page);
      speakers.push(page);
    }
    const [maya, ravi, ines] = speakers as [Page, Page, Page];
    // Cameras off: four video encoders would starve the fake microphones on a small shared machine.
    for (const page of [fay, ...speakers]) await page.getByRole('button', { name: 'Stop camera' }).click();
    // The facilitator listens; the members' microphones play voice all the time.
    await fay.getByRole('button', { name: 'Mute microphone' }).click();
    await expect.poll(async () => Object.values(await audibleRemotes(fay)).filter(Boolean).length, { timeout: 30_000 }).toBe(3);

    // Check-in in seating order: each turn is held for a known time from when the speaker sees it begin.
    await fay.getByRole('button', { name: 'Start session' }).click();
    const holdTheFloor = async (speaker: Page, ms: number) => {
      await expect(speaker.getByTestId('floor-status')).toContainText("It's your turn");
      await speaker.waitForTimeout(ms);
    };
    const nextSpeaker = () => fay.getByRole('button', { name: 'Next speaker' }).click();
    await holdTheFloor(maya, 6_000);
    await nextSpeaker();
    // Ravi holds the floor for about 12 s but mutes himself after 6: a paused producer forwards nothing.
    await holdTheFloor(ravi, 6_000);
    await ravi.getByRole('button', { name: 'Mute microphone' }).click();
    await expect(ravi.getByRole('button', { name: 'Unmute microphone' })).toBeVisible();
    await ravi.waitForTimeout(5_000);
    await nextSpeaker();
    await holdTheFloor(ines, 3_000);
    await nextSpeaker();
    await expect(fay.getByTestId('floor-status')).not.toContainText('holds the floor');

    // The in-room counters (voice is credited every few seconds): voice all through Maya's and Ines's
    // turns, Ravi's only until he muted himself, nothing from anyone while someone else spoke.
    await setSectionOpen(fay, /^People in the circle/, true);
    for (const name of ['Maya Chen', 'Ines García']) {
      const caughtUp = async () => {
        const { floor, voice } = await heardSeconds(fay, name);
        return voice >= floor - 1;
      };
      await expect.poll(caughtUp, { timeout: 15_000 }).toBe(true);
      const { floor, voice } = await heardSeconds(fay, name);
      expect(voice, `${name}'s voice counter`).toBeLessThanOrEqual(floor + 1);
    }
    await expect.poll(async () => (await heardSeconds(fay, 'Ravi Patel')).voice, { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
    const ravisCounters = await heardSeconds(fay, 'Ravi Patel');
    expect(ravisCounters.voice).toBeLessThanOrEqual(ravisCounters.floor - 3);
    expect((await heardSeconds(fay, 'Fay Okafor')).voice).toBe(0);
    await endSession(fay);

    // A second session that nobody but the facilitator attends: two absences in a row for Omar and Sofia.
    const cohorts = (await (await fay.request.get('/api/cohorts')).json()) as CohortSummary[];
    const cohortId = cohorts[0]!.id;
    const cohort = (await (await fay.request.get(`/api/cohorts/${cohortId}`)).json()) as CohortDetail;
    const next = cohort.sessions.find((session) => session.status === 'scheduled')!;
    await fay.goto(`/s/${next.id}`);
    await fay.getByRole('button', { name: 'Join session' }).click();
    await fay.getByRole('button', { name: 'Start session' }).click();
    await endSession(fay);

    const health = (await (await fay.request.get(`/api/cohorts/${cohortId}/health`)).json()) as CohortHealthReport;
    const speaking = Object.fromEntries(health.speaking.members.map((member) => [member.displayName, member]));
    // The floor as the circle timed it: at least the time each speaker saw their turn last (clicks land late on a busy machine).
    const planned = { 'Maya Chen': 6_000, 'Ravi Patel': 11_000, 'Ines García': 3_000 };
    for (const [name, ms] of Object.entries(planned)) {
      expect(speaking[name]!.floorMs, `${name}'s floor time`).toBeGreaterThanOrEqual(ms - 500);
      expect(speaking[name]!.floorMs, `${name}'s floor time`).toBeLessThanOrEqual(ms + 4_000);
    }
    // Voice within 10 % of floor time × voice: all of Maya's and Ines's turns.
    for (const name of ['Maya Chen', 'Ines García']) {
      const { speakingMs, floorMs } = speaking[name]!;
      const ratio = speakingMs / floorMs;
      expect(ratio, `${name}: ${speakingMs} ms of voice for ${floorMs} ms on the floor`).toBeGreaterThanOrEqual(0.9);
      expect(ratio, `${name}: ${speakingMs} ms of voice for ${floorMs} ms on the floor`).toBeLessThanOrEqual(1.1);
    }
    // Ravi: the six seconds before he muted (less at most the interval his mute cut short), none of the five after.
    const ravisHealth = speaking['Ravi Patel']!;
    expect(ravisHealth.speakingMs).toBeGreaterThanOrEqual(5_000);
    expect(ravisHealth.speakingMs).toBeLessThanOrEqual(ravisHealth.floorMs - 3_000);
    expect([speaking['Omar Haddad']!.speakingMs, speaking['Sofia Rossi']!.speakingMs]).toEqual([0, 0]);
    const marks = Object.fromEntries(health.attendance.map((row) => [row.displayName, row.sessions.map((entry) => entry.mark)]));
    expect(marks).toMatchObject({
      'Maya Chen': ['present', 'absent'],
      'Omar Haddad': ['absent', 'absent'],
      'Sofia Rossi': ['absent', 'absent'],
    });
    const absenceAlerts = health.alerts.filter((alert) => alert.kind === 'absent_in_a_row').map((alert) => alert.message);
    expect(absenceAlerts.sort()).toEqual([
      'Omar Haddad has missed the last 2 sessions. A short personal check-in may help.',
      'Sofia Rossi has missed the last 2 sessions. A short personal check-in may help.',
    ]);

    // The facilitator's health view says the same.
    await fay.goto(`/cohorts/${cohortId}`);
    const alerts = fay.getByRole('list', { name: 'Alerts' });
    await expect(alerts).toContainText('Omar Haddad has missed the last 2 sessions.');
    await expect(alerts).toContainText('Sofia Rossi has missed the last 2 sessions.');
    await Promise.all([fay, ...speakers].map((page) => page.context().close()));
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
