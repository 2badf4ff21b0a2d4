import { expect, type Page } from '@playwright/test';

export interface UpdateAnswers {
  /** work, relationships, self */
  ratings: [number, number, number];
  lines: [string, string, string];
  /** The most important topic, marked "might present", urgency high. */
  topic: string;
  share: boolean;
}

/** Fills the member's update on their home page by keyboard: ratings, lines, one topic, and submits with Enter. */
export async function submitUpdate(page: Page, answers: UpdateAnswers): Promise<void> {
  await page.goto('/home');
  const form = page.getByRole('region', { name: /^Your update for/ });
  await expect(form.getByRole('button', { name: 'Submit my update' })).toBeVisible();
  const areas = ['work', 'relationships', 'self'];
  for (const [index, area] of areas.entries()) {
    await form.getByLabel(`${area} rating (1 to 10)`).focus();
    await page.keyboard.type(String(answers.ratings[index]));
    await form.getByLabel(`${area}: one line`).focus();
    await page.keyboard.type(answers.lines[index]!);
  }
  await form.getByLabel('Topic 1 (most important)').focus();
  await page.keyboard.type(answers.topic);
  await form.getByLabel('I might want to present topic 1').focus();
  await page.keyboard.press('Space');
  await form.getByLabel('How urgent is topic 1').selectOption('high');
  if (answers.share) {
    await form.getByLabel('Share my ratings with the facilitator').focus();
    await page.keyboard.press('Space');
  }
  await form.getByRole('button', { name: 'Submit my update' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('announcer-polite')).toContainText('Update submitted');
  await expect(form.getByRole('button', { name: 'Replace my update' })).toBeVisible();
}
