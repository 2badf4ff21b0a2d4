import type { Page } from '@playwright/test';
import { createCohort } from '../../server/test/support/cohort-fixture';
import { callApi } from '../../server/test/support/http-client';
import { expectNoAxeViolations as expectAccessible } from '../support/accessibility';
import { setSectionOpen } from '../support/console';
import { expect, test } from '../support/fixtures';
import { signedInPage } from '../support/signed-in';

const NOTE = 'NOTE-MARK: when you spoke about the office your voice got lighter';
const SCRIBE_NOTE = 'SCRIBE-MARK: "I should" came up five times';
const circlePanel = (page: Page) => page.getByRole('complementary', { name: 'Circle panel' });
const noteForm = (page: Page) => circlePanel(page).getByRole('region', { name: 'Note for Maya' });

test('a note for the presenter: written by keyboard during the presentation, read by the presenter alone once it ends, and kept', async ({ browser, server }) => {
  test.setTimeout(180_000);
  const { session, facilitator, members } = await createCohort(server.url, ['Maya', 'Ravi'], { acceptAgreement: true });
  const [mayaMember, raviMember] = [members[0]!, members[1]!];
  await callApi(server.url, 'updateSession', { cookie: facilitator.cookie, params: { sessionId: session.id }, body: { presenterOverrideId: mayaMember.id } });
  const fay = await signedInPage(browser, server.url, facilitator.cookie);
  const maya = await signedInPage(browser, server.url, mayaMember.cookie);
  const ravi = await signedInPage(browser, server.url, raviMember.cookie);

  await fay.goto(`/s/${session.id}`);
  await fay.getByRole('button', { name: 'Join session' }).click();
  await fay.getByLabel('Let everyone in directly').check();
  for (const page of [maya, ravi]) {
    await page.goto(`/s/${session.id}`);
    await page.getByRole('button', { name: 'Join session' }).click();
    await expect(circlePanel(page)).toBeVisible({ timeout: 30_000 });
  }
  // Before the start there is no presentation to write for.
  await expect(noteForm(ravi)).toHaveCount(0);
  await fay.getByRole('button', { name: 'Start session' }).click();

  // Maya presents: Ravi is offered the form; Maya and the facilitator are not.
  await expect(noteForm(ravi)).toBeVisible();
  await expect(maya.getByRole('region', { name: /^Note for/ })).toHaveCount(0);
  await expect(fay.getByRole('region', { name: /^Note for/ })).toHaveCount(0);

  // Ravi writes by keyboard, without his name.
  const text = noteForm(ravi).getByLabel('Your note');
  await text.focus();
  await ravi.keyboard.type(NOTE);
  await expect(noteForm(ravi)).toContainText(`${NOTE.length} / 1000 characters`);
  await ravi.keyboard.press('Tab');
  await expect(noteForm(ravi).getByLabel('Leave my name off')).toBeFocused();
  await ravi.keyboard.press('Space');
  await expect(noteForm(ravi).getByLabel('Leave my name off')).toBeChecked();
  await ravi.keyboard.press('Tab');
  await expect(noteForm(ravi).getByRole('button', { name: 'Send note' })).toBeFocused();
  await ravi.keyboard.press('Enter');
  await expect(ravi.getByTestId('announcer-polite')).toContainText('Note sent to Maya');
  await expect(noteForm(ravi)).toContainText('You can write 19 more notes in this session.');
  await expect(text).toHaveValue('');
  await expectAccessible(ravi, 'aside.circle-panel');

  // Ravi also becomes the scribe; his live notes for Maya are handed over with the others.
  await setSectionOpen(fay, /^Roles/, true);
  const scribeChoice = fay.getByRole('combobox', { name: 'Scribe' });
  const raviValue = await scribeChoice.locator('option', { hasText: 'Ravi' }).getAttribute('value');
  await scribeChoice.selectOption(raviValue!);
  await fay.getByRole('button', { name: 'Assign scribe' }).click();
  const scribePanel = circlePanel(ravi).getByRole('region', { name: 'Scribe' });
  await scribePanel.getByLabel('Note for Maya').fill(SCRIBE_NOTE);
  await scribePanel.getByRole('button', { name: 'Add note' }).click();
  await expect(scribePanel.getByRole('list', { name: 'Notes written' })).toContainText(SCRIBE_NOTE);

  // A refusal is shown in words, on the field; a blank note cannot be sent at all.
  await text.fill('   ');
  await expect(noteForm(ravi).getByRole('button', { name: 'Send note' })).toBeDisabled();
  await text.fill('A bell \u0007 in the text');
  await noteForm(ravi).getByRole('button', { name: 'Send note' }).click();
  await expect(noteForm(ravi).getByRole('alert')).not.toBeEmpty();
  await expect(text).toHaveAttribute('aria-invalid', 'true');
  await text.fill('');

  // While the presentation runs, not even Maya can read it.
  expect((await callApi(server.url, 'myPresenterNotes', { cookie: mayaMember.cookie })).body).toEqual([]);
  await expect(maya.getByText('NOTE-MARK')).toHaveCount(0);

  await setSectionOpen(fay, /^Agenda/, true);
  await fay.getByRole('button', { name: 'End session' }).click();
  await fay.getByRole('button', { name: 'Yes, end the session' }).click();
  await expect(ravi.getByRole('heading', { name: 'The session has ended' })).toBeVisible();

  // Nobody else sees it, in the pages or the API.
  for (const page of [fay, ravi]) await expect(page.getByText(/NOTE-MARK|SCRIBE-MARK/)).toHaveCount(0);
  const raviNotes = await callApi(server.url, 'myPresenterNotes', { cookie: raviMember.cookie });
  expect(raviNotes.body).toEqual([]);
  const fayNotes = await callApi(server.url, 'myPresenterNotes', { cookie: facilitator.cookie });
  expect(fayNotes.status).toBe(403);
  expect(JSON.stringify(fayNotes.body)).not.toMatch(/NOTE-MARK|SCRIBE-MARK/);
  const raviExport = await callApi(server.url, 'exportMyData', { cookie: raviMember.cookie });
  expect(JSON.stringify(raviExport.body)).not.toMatch(/NOTE-MARK|SCRIBE-MARK/);
  await ravi.goto('/home');
  await expect(ravi.getByRole('region', { name: 'Notes for you' })).toContainText('No notes yet');
  await expect(ravi.getByText('NOTE-MARK')).toHaveCount(0);

  // Maya finds it at home, anonymous, and keeps it by keyboard.
  await maya.goto('/home');
  const notes = maya.getByRole('region', { name: 'Notes for you' });
  const note = notes.getByRole('listitem').filter({ hasText: NOTE });
  await expect(note).toContainText('From Anonymous');
  await expect(note).toContainText(/Deleted on .+ unless kept\./);
  await expect(notes.getByRole('listitem').filter({ hasText: SCRIBE_NOTE })).toContainText('From Ravi');
  await expectAccessible(maya);
  const keep = note.getByRole('checkbox', { name: 'Keep this note' });
  await keep.focus();
  await maya.keyboard.press('Space');
  await expect(keep).toBeChecked();
  await expect(note).toContainText('Kept: it will not be deleted.');
  await expect(maya.getByTestId('announcer-polite')).toContainText('Note from Anonymous kept');
  await maya.reload();
  const keptNote = maya.getByRole('region', { name: 'Notes for you' }).getByRole('listitem').filter({ hasText: NOTE });
  await expect(keptNote.getByRole('checkbox', { name: 'Keep this note' })).toBeChecked();
  await expectAccessible(maya);
});
