import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { circlePanel, facilitatorConsole } from '../support/console';
import { expect, test } from '../support/fixtures';
import { tiles } from '../support/participant';
import { joinBySocket, type SocketParticipant } from '../support/socket-participant';

const tile = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const selfId = (page: Page) => page.locator('[data-self]').getAttribute('data-participant-id');

test('a clarifying-phase queue holds an experience share until reflections', async ({ server, join }) => {
  // A browser-less facilitator sets the circle up, then hands the role to Ines in a browser.
  const fay = await joinBySocket(server.url, 'typed-queue', 'Fay');
  const ravi = await join('typed-queue', 'Ravi');
  const ines = await join('typed-queue', 'Ines');
  const people: SocketParticipant[] = [fay, await joinBySocket(server.url, 'typed-queue', 'Omar'), await joinBySocket(server.url, 'typed-queue', 'Sofia')];
  const [, omar, sofia] = people as [SocketParticipant, SocketParticipant, SocketParticipant];
  try {
    for (const { page } of [ravi, ines]) await expect(tiles(page)).toHaveCount(5);
    const inesId = (await selfId(ines.page))!;

    await fay.command({ type: 'agenda.applyTemplate', templateId: 'consultancy' });
    await fay.command({ type: 'presenter.set', participantId: sofia.participantId });
    await fay.command({ type: 'session.start' });
    await fay.command({ type: 'phase.goTo', phaseIndex: 2 });
    await expect(ravi.page.getByTestId('announcer-polite')).toContainText('Now: Clarifying questions');

    // Ravi chooses what his hand is for; an experience share waits in this phase.
    const panel = circlePanel(ravi.page);
    const experience = panel.getByRole('radio', { name: /experience share \(waiting for reflections\)/ });
    await expect(panel.getByRole('radio', { name: 'clarifying question' })).toBeChecked();
    await expectNoAxeViolations(ravi.page);
    await experience.check();
    await panel.getByRole('button', { name: 'Raise hand' }).click();
    await omar.command({ type: 'hand.raise', handType: 'clarifying' });

    await expect(panel).toContainText('Your experience share is waiting for reflections: it joins the queue then');
    await expect(tile(ravi.page, 'Ravi (you)')).toContainText('experience share, waiting for reflections');
    await expect(tile(ravi.page, 'Omar')).toContainText('Hand raised, 1st in the queue: clarifying question');
    // Another member sees the queue, not someone else's waiting hand.
    await expect(tile(ines.page, 'Ravi')).not.toContainText('waiting');

    // The facilitator sees the waiting hand apart from the callable queue.
    await fay.command({ type: 'role.handOver', participantId: inesId });
    const console = facilitatorConsole(ines.page);
    const queue = console.getByRole('list', { name: 'Raised hands in call order' });
    const waiting = console.getByRole('list', { name: 'Waiting for a later phase' });
    await expect(queue.getByRole('listitem')).toHaveCount(1);
    await expect(queue).toContainText('Omar');
    await expect(queue).toContainText('clarifying question');
    await expect(waiting).toContainText('Ravi');
    await expect(waiting).toContainText('experience share');
    await expect(waiting).toContainText('waiting for reflections');
    await expect(tile(ines.page, 'Ravi')).toContainText('experience share, waiting for reflections');

    // Curious questions and the break still hold it; reflections take it into the queue.
    for (const title of ['Curious questions', 'Break']) {
      await ines.page.keyboard.press('Shift+N');
      await expect(ines.page.getByTestId('announcer-polite')).toContainText(`Now: ${title}`);
      await expect(waiting).toContainText('Ravi');
    }
    await ines.page.keyboard.press('Shift+N');
    await expect(ravi.page.getByTestId('announcer-polite')).toContainText('Your experience share is now in the queue');
    await expect(queue).toContainText('Ravi');
    await expect(queue).toContainText('experience share');
    await expect(waiting).toHaveCount(0);
    await expect(panel).toContainText('Your experience share is raised — you are next in the queue');

    // Fay opens the reflections round; Ravi's turn answers his hand.
    await expect(ravi.page.getByTestId('floor-status')).toContainText('Fay holds the floor');
    await ines.page.keyboard.press('n');
    await expect(ravi.page.getByTestId('floor-status')).toContainText("It's your turn");
    await expect(panel.getByRole('button', { name: 'Lower hand' })).toHaveCount(0);
  } finally {
    people.forEach((person) => person.close());
  }
});
