import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/accessibility';
import { expect, test } from '../support/fixtures';
import { tiles } from '../support/participant';
import { joinBySocket, type SocketParticipant } from '../support/socket-participant';

const tile = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

test('everyone sees the presenter, who speaks next in a round, and raised hands in calling order', async ({ server, join }) => {
  // The first to arrive facilitates; here a browser-less facilitator drives the circle.
  const fay = await joinBySocket(server.url, 'tiles', 'Fay');
  const ravi = await join('tiles', 'Ravi');
  const ines = await join('tiles', 'Ines');
  const people: SocketParticipant[] = [fay, await joinBySocket(server.url, 'tiles', 'Omar'), await joinBySocket(server.url, 'tiles', 'Sofia')];
  const [, omar, sofia] = people as [SocketParticipant, SocketParticipant, SocketParticipant];
  try {
    for (const { page } of [ravi, ines]) await expect(tiles(page)).toHaveCount(5);
    const inesId = (await ines.page.locator('[data-self]').getAttribute('data-participant-id'))!;

    await fay.command({ type: 'agenda.applyTemplate', templateId: 'consultancy' });
    await fay.command({ type: 'presenter.set', participantId: inesId });
    await expect(tile(ravi.page, 'Ines')).toContainText('Presenter');
    await expect(ravi.page.getByTestId('announcer-polite')).toHaveText('Ines is presenting');

    // Check-in round in seating order: Ravi, Ines, Omar, Sofia.
    await fay.command({ type: 'session.start' });
    await expect(tile(ravi.page, 'Ravi (you)')).toContainText('Has the floor');
    await expect(tile(ravi.page, 'Ines')).toContainText('Speaks next');
    await expect(tile(ines.page, 'Ines (you)')).toContainText('You speak next');
    await expect(tile(ines.page, 'Ines (you)')).toContainText('Presenter');
    await fay.command({ type: 'round.advance' });
    await expect(tile(ravi.page, 'Omar')).toContainText('Speaks next');
    await expect(tile(ravi.page, 'Ines')).not.toContainText('Speaks next');

    // Curious questions: hands, numbered in the order the facilitator will call them.
    await fay.command({ type: 'phase.goTo', phaseIndex: 3 });
    await omar.command({ type: 'hand.raise' });
    await ravi.page.getByRole('button', { name: 'Raise hand' }).click();
    await sofia.command({ type: 'hand.raise' });
    for (const page of [ines.page, ravi.page]) {
      await expect(tile(page, 'Omar')).toContainText('Hand raised, 1st in the queue');
      await expect(tile(page, 'Sofia')).toContainText('Hand raised, 3rd in the queue');
    }
    await expect(tile(ines.page, 'Ravi')).toContainText('Hand raised, 2nd in the queue');
    await expect(tile(ravi.page, 'Ravi (you)')).toContainText('Hand raised, 2nd in the queue');
    await expect(tile(ines.page, 'Ines (you)')).not.toContainText('in the queue');
    await expectNoAxeViolations(ravi.page);

    await fay.command({ type: 'floor.giveNextInQueue' });
    await expect(tile(ines.page, 'Omar')).toContainText('Has the floor');
    await expect(tile(ines.page, 'Omar')).not.toContainText('in the queue');
    await expect(tile(ines.page, 'Ravi')).toContainText('Hand raised, 1st in the queue');
    await expect(tile(ines.page, 'Sofia')).toContainText('Hand raised, 2nd in the queue');
  } finally {
    people.forEach((person) => person.close());
  }
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is wrong with how the tiles share the grid: overlaps, overflow, empty space, uneven rows. */
async function gridProblems(page: Page, count: number): Promise<string[]> {
  const { grid, boxes } = await page.evaluate(() => {
    const gridElement = document.querySelector('section[aria-label="Participants"]') as HTMLElement;
    const box = (element: Element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    };
    return { grid: box(gridElement), boxes: [...gridElement.querySelectorAll(':scope > [role="group"]')].map(box) };
  });
  const problems: string[] = [];
  if (boxes.length !== count) problems.push(`${boxes.length} tiles, expected ${count}`);
  const slack = 1.5;
  const inside = (b: Box) => b.x >= grid.x - slack && b.y >= grid.y - slack && b.x + b.width <= grid.x + grid.width + slack && b.y + b.height <= grid.y + grid.height + slack;
  boxes.forEach((b, i) => inside(b) || problems.push(`tile ${i} outside the grid`));
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b, j) => {
      const overlap = Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
      if (overlap > 1) problems.push(`tiles ${i} and ${i + j + 1} overlap`);
    }),
  );
  const covered = boxes.reduce((sum, b) => sum + b.width * b.height, 0) / (grid.width * grid.height);
  if (covered < 0.85) problems.push(`tiles cover ${Math.round(covered * 100)}% of the grid`);
  const rows = new Map<number, Box[]>();
  for (const b of boxes) rows.set(Math.round(b.y), [...(rows.get(Math.round(b.y)) ?? []), b]);
  for (const [y, row] of rows) {
    const left = Math.min(...row.map((b) => b.x));
    const right = Math.max(...row.map((b) => b.x + b.width));
    if (left > grid.x + slack || right < grid.x + grid.width - slack) problems.push(`row at ${y} leaves the sides empty`);
  }
  const sizes = [...rows.values()].map((row) => row.length);
  if (Math.max(...sizes) - Math.min(...sizes) > 1) problems.push(`uneven rows ${sizes.join('+')}`);
  return problems;
}

test('the tiles fill the grid for 2 to 9 people at 1280 × 800, 4 as 2 + 2', async ({ server, join }) => {
  const maya = await join('gallery', 'Maya');
  await maya.page.setViewportSize({ width: 1280, height: 800 });
  const others: SocketParticipant[] = [];
  try {
    for (let count = 2; count <= 9; count += 1) {
      others.push(await joinBySocket(server.url, 'gallery', `Person ${count}`));
      await expect(tiles(maya.page)).toHaveCount(count);
      await expect.poll(() => gridProblems(maya.page, count), { message: `${count} tiles` }).toEqual([]);
      if (count === 4) {
        const rows = await tiles(maya.page).evaluateAll((all) => new Set(all.map((t) => Math.round(t.getBoundingClientRect().y))).size);
        expect(rows).toBe(2);
      }
    }
  } finally {
    others.forEach((person) => person.close());
  }
});
