import { expect, test } from '../support/fixtures';
import type { Participant } from '../support/participant';

/** Question objects found anywhere in the received socket.io event payloads. */
function questionsIn(frames: string[]): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record['questionId'] === 'string' && typeof record['text'] === 'string') found.push(record);
      Object.values(record).forEach(visit);
    }
  };
  for (const frame of frames) {
    const json = frame.replace(/^\d+/, '');
    if (json.startsWith('[')) visit(JSON.parse(json));
  }
  return found;
}

test('curious questions flow from a member to everyone, anonymously', async ({ join }) => {
  const circle: Participant[] = [];
  for (const name of ['Fay', 'Ravi', 'Ines']) circle.push(await join('questions', name));
  const [fay, ravi, ines] = circle as [Participant, Participant, Participant];
  const raviId = await ravi.page.locator('[data-self]').getAttribute('data-participant-id');

  // Consultancy with Ines presenting; go to the curious-questions phase.
  const console = fay.page.getByRole('complementary', { name: 'Facilitator console' });
  await console.getByLabel('Format').selectOption('consultancy');
  await console.getByRole('button', { name: /presenter/i }).filter({ hasText: 'Ines' }).first().click();
  await console.getByRole('button', { name: 'Start session' }).click();
  // Once the session runs, the agenda folds away under its heading.
  await console.getByRole('button', { name: 'Agenda', expanded: false }).click();
  await console.getByRole('button', { name: /Curious questions/ }).first().click();

  const panel = ravi.page.getByRole('complementary', { name: 'Circle panel' });
  await panel.getByLabel('Your question').fill('You should just delegate it.');
  await expect(panel).toContainText(/advice/i);
  await panel.getByLabel('Your question').fill('What would you regret not trying?');
  await panel.getByLabel('Ask anonymously').check();
  await panel.getByRole('button', { name: 'Submit question' }).click();

  const queued = console.locator('[data-question-id]').filter({ hasText: 'What would you regret not trying?' });
  await expect(queued).toBeVisible();
  await expect(queued).not.toContainText('Ravi');
  await queued.getByRole('button', { name: /^Release/ }).click();

  for (const { page } of [ravi, ines]) await expect(page.getByText('What would you regret not trying?').first()).toBeVisible();

  // No client ever received the anonymous question with an author attached.
  for (const { name, frames } of circle) {
    const copies = questionsIn(frames).filter((q) => q['text'] === 'What would you regret not trying?');
    expect(copies.length, `${name} received the question`).toBeGreaterThan(0);
    for (const copy of copies) {
      expect(copy).not.toHaveProperty('authorId');
      expect(copy).not.toHaveProperty('authorName');
      expect(JSON.stringify(copy)).not.toContain(raviId!);
    }
  }
});
