import type { Browser, Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { seedDemoCohort, type DemoPerson } from '../support/demo-cohort';
import { expect, test } from '../support/fixtures';
import { recordPeerConnections } from '../support/media-stats';
import type { ServerProcess } from '../support/server-process';
import { setSectionOpen, startSession } from '../support/console';

async function signIn(browser: Browser, server: ServerProcess, person: DemoPerson): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, permissions: ['camera', 'microphone'], viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await recordPeerConnections(page);
  await page.goto(person.linkPath);
  // A session is starting now, so signing in lands on its page.
  await expect(page).toHaveURL(/\/s\/[0-9a-f-]{36}$/);
  return page;
}

const toasts = (page: Page) => page.getByRole('region', { name: 'Notifications' });

/**
 * The pre-join screen's audio check: the meter moves with the (fake, beeping) microphone; the test
 * sound plays through the speaker chosen. Returns the chosen speaker's device id.
 */
async function checkAudio(page: Page): Promise<string> {
  const speaker = page.getByLabel('Speaker');
  const speakerId = await speaker.locator('option').last().getAttribute('value');
  expect(speakerId).toBeTruthy();
  await speaker.selectOption(speakerId!);
  const meter = page.getByRole('meter', { name: 'Microphone level' });
  await expect.poll(() => meter.evaluate((element: HTMLMeterElement) => element.value), { timeout: 15_000 }).toBeGreaterThan(0.2);
  await page.locator('audio[data-speaker-test]').evaluate((audio: HTMLAudioElement) => {
    audio.addEventListener('playing', () => audio.setAttribute('data-played', ''), { once: true });
  });
  const testSound = page.getByRole('button', { name: 'Play a test sound' });
  await testSound.click();
  await expect(testSound).toHaveAccessibleDescription(/^Did you hear two notes\?/);
  const played = page.locator('audio[data-speaker-test][data-played]');
  await expect(played).toHaveCount(1);
  expect(await played.evaluate((audio: HTMLAudioElement & { sinkId: string }) => audio.sinkId)).toBe(speakerId);
  return speakerId!;
}

test('the facilitator joins from the dashboard; a member is let in with toasts; both get a way on after the end', async ({ browser, server }) => {
  const people = seedDemoCohort(server);
  const fay = await signIn(browser, server, people.find((person) => person.role === 'facilitator')!);
  const maya = await signIn(browser, server, people.find((person) => person.name === 'Maya Chen')!);

  // The dashboard offers Join for the session starting now, and who is likely to present.
  await fay.goto('/dashboard');
  const card = fay.getByRole('listitem').filter({ has: fay.getByRole('heading', { name: /Demo circle/ }) });
  await expect(card).toContainText('Likely to present (by rotation): Maya Chen');
  await expectNoAxeViolations(fay);
  await card.getByRole('link', { name: /^Join session/ }).click();

  await expect(fay.getByRole('heading', { name: /^Join Demo circle/ })).toBeVisible();
  await expect(fay.getByText('Likely to present (by rotation): Maya Chen')).toBeVisible();
  const speakerId = await checkAudio(fay);
  await expectNoAxeViolations(fay);
  await fay.getByRole('button', { name: 'Join session' }).click();
  await expect(fay.getByRole('complementary', { name: 'Facilitator console' })).toBeVisible();

  // Maya's home and pre-join tell her she is likely to present.
  await maya.goto('/home');
  await expect(maya.getByText('You are likely to present (by rotation)')).toBeVisible();
  await maya.getByRole('link', { name: 'Join session' }).click();
  await expect(maya.getByText('You are likely to present (by rotation)')).toBeVisible();
  await maya.getByRole('button', { name: 'Join session' }).click();
  await maya.getByLabel(/^I agree/).check();
  await maya.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(maya.getByRole('heading', { name: 'Waiting to be let in' })).toBeVisible();

  // Her arrival at the door shows as a toast that does not take the facilitator's focus.
  const micButton = fay.getByRole('button', { name: 'Mute microphone' });
  await micButton.focus();
  await expect(toasts(fay)).toContainText('Maya Chen is waiting to be let in');
  await expect(fay.getByTestId('announcer-polite')).toContainText('Maya Chen is waiting to be let in');
  await expect(micButton).toBeFocused();
  await expectNoAxeViolations(fay);

  await fay.getByRole('button', { name: 'Admit Maya Chen' }).click();
  await expect(toasts(maya)).toContainText('The facilitator let you in');
  await expect(toasts(fay)).toContainText('Maya Chen joined');
  await expectNoAxeViolations(maya);
  // The room plays Maya's audio through the speaker Fay chose before joining.
  const mayaVideo = fay.getByRole('group', { name: 'Maya Chen', exact: true }).locator('video');
  await expect.poll(() => mayaVideo.evaluate((video: HTMLVideoElement & { sinkId: string }) => video.sinkId)).toBe(speakerId);
  await fay.getByRole('button', { name: 'Dismiss: Maya Chen joined' }).click();
  await expect(toasts(fay).getByText('Maya Chen joined')).toHaveCount(0);
  // Left alone, a toast goes by itself after ten seconds.
  await expect(toasts(maya)).toHaveCount(0, { timeout: 15_000 });

  // After the end: when the circle meets next, and the way home.
  await startSession(fay);
  await setSectionOpen(fay, /^Agenda/, true);
  await fay.getByRole('button', { name: 'End session' }).click();
  await fay.getByRole('button', { name: 'Yes, end the session' }).click();
  const nextSteps = maya.getByRole('region', { name: 'What next' });
  await expect(nextSteps).toContainText(/The circle meets next on .+ \(your time\)/);
  await expect(fay.getByRole('region', { name: 'What next' }).getByRole('link', { name: 'Back to your cohorts' })).toBeVisible();
  await expectNoAxeViolations(maya);
  await nextSteps.getByRole('link', { name: 'Go to your circle’s page' }).click();
  await expect(maya).toHaveURL(/\/home$/);
});
