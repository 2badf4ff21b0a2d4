import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { circlePanel } from '../support/console';
import { expect, test } from '../support/fixtures';
import { tiles, type Participant } from '../support/participant';
import { joinBySocket, type SocketParticipant } from '../support/socket-participant';

const selfId = async (page: Page) => (await page.locator('[data-self]').getAttribute('data-participant-id'))!;
const politeNews = (page: Page) => page.getByTestId('announcer-polite');

/** Every object with this key found in the socket.io frames a page received. */
function objectsWithKey(frames: string[], key: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (key in record) found.push(record);
      Object.values(record).forEach(visit);
    }
  };
  for (const frame of frames) {
    const json = frame.replace(/^\d+/, '');
    if (json.startsWith('[')) visit(JSON.parse(json));
  }
  return found;
}

test('the process observer sees the flags and nudges the speaker; the scribe writes for the presenter alone', async ({ server, join }) => {
  // A browser-less facilitator runs the circle, as the role-assignment UI is not part of this page yet.
  const fay = await joinBySocket(server.url, 'roles', 'Fay');
  const sofia = await join('roles', 'Sofia');
  const ravi = await join('roles', 'Ravi');
  const ines = await join('roles', 'Ines');
  const omar: SocketParticipant = await joinBySocket(server.url, 'roles', 'Omar');
  const pages: Participant[] = [sofia, ravi, ines];
  try {
    for (const { page } of pages) await expect(tiles(page)).toHaveCount(5);
    const [sofiaId, raviId, inesId] = [await selfId(sofia.page), await selfId(ravi.page), await selfId(ines.page)];

    await fay.command({ type: 'agenda.applyTemplate', templateId: 'consultancy' });
    await fay.command({ type: 'presenter.set', participantId: sofiaId });
    await fay.command({ type: 'session.start' });
    await fay.command({ type: 'roles.assign', role: 'process-observer', participantId: raviId });
    await fay.command({ type: 'roles.assign', role: 'scribe', participantId: inesId });
    await fay.command({ type: 'phase.goTo', phaseIndex: 3 });
    await expect(politeNews(ravi.page)).toContainText('Now: Curious questions');

    // Omar asks, anonymously, something that reads like advice.
    const observerPanel = circlePanel(ravi.page).getByRole('region', { name: 'Process observer' });
    const nudgeButton = (name: string) => observerPanel.getByRole('button', { name });
    await expect(nudgeButton('Speak from your own experience')).toHaveAttribute('aria-disabled', 'true');
    await expect(nudgeButton('Speak from your own experience')).toHaveAccessibleDescription(/Nobody is speaking/);
    await omar.command({ type: 'question.submit', text: 'You should just delegate it to your team.', anonymous: true });

    const flags = observerPanel.getByRole('list', { name: 'Questions that may read as advice' });
    await expect(flags.getByRole('listitem')).toHaveCount(1);
    await expect(flags).toContainText('You should just delegate it to your team.');
    await expect(flags).toContainText('Reads like advice');
    await expect(flags).not.toContainText('Omar');
    await expect(politeNews(ravi.page)).toContainText('A question may read as advice');
    // Ines, a member without the role, is never sent the flag.
    await expect(ines.page.getByText('Reads like advice')).toHaveCount(0);
    const inesCopies = objectsWithKey(ines.frames, 'adviceFlag').filter((q) => q['text'] === 'You should just delegate it to your team.');
    expect(inesCopies.length).toBeGreaterThan(0);
    for (const copy of inesCopies) expect(copy['adviceFlag']).toBeNull();

    // Sofia answers; Ravi nudges her, once.
    await fay.command({ type: 'floor.give', participantId: sofiaId });
    await expect(nudgeButton('Speak from your own experience')).not.toHaveAttribute('aria-disabled');
    await expectNoAxeViolations(ravi.page);
    await nudgeButton('Speak from your own experience').click();
    const nudge = circlePanel(sofia.page).getByRole('region', { name: 'Nudge for you' });
    await expect(nudge).toContainText('Speak from your own experience');
    await expect(politeNews(sofia.page)).toContainText('Nudge from the process observer: Speak from your own experience');
    await expect(observerPanel.getByTestId('nudge-sent')).toContainText('Sent to Sofia');
    await expect(nudgeButton('Ask how or what, not why')).toHaveAttribute('aria-disabled', 'true');
    await expect(nudgeButton('Ask how or what, not why')).toHaveAccessibleDescription(/Sofia has had this turn's nudge/);
    for (const { page } of [ravi, ines]) await expect(circlePanel(page).getByRole('region', { name: 'Nudge for you' })).toHaveCount(0);
    expect(ines.frames.join('\n')).not.toContain('own-experience');

    // Ines writes a note that only Sofia's page shows.
    const scribePanel = circlePanel(ines.page).getByRole('region', { name: 'Scribe' });
    const note = 'You said "my team" four times, and "I" once.';
    await scribePanel.getByLabel('Note for Sofia').fill(note);
    await expect(scribePanel).toContainText(`${note.length} / 1000 characters`);
    await scribePanel.getByRole('button', { name: 'Add note' }).click();
    await expect(scribePanel.getByRole('list', { name: 'Notes written' })).toContainText(note);
    const notesForSofia = circlePanel(sofia.page).getByRole('region', { name: 'Notes from the scribe' });
    await expect(notesForSofia).toContainText(note);
    await expect(politeNews(sofia.page)).toContainText('A new note from the scribe');
    await expectNoAxeViolations(ines.page);
    await expectNoAxeViolations(sofia.page);
    await expect(ravi.page.getByText('four times')).toHaveCount(0);
    await expect(circlePanel(ravi.page).getByRole('region', { name: 'Notes from the scribe' })).toHaveCount(0);
    expect(ravi.frames.join('\n')).not.toContain('four times');

    // The turn ends: the nudge goes with it.
    await fay.command({ type: 'floor.clear' });
    await expect(nudge).toHaveCount(0);
  } finally {
    for (const person of [fay, omar]) person.close();
  }
});
