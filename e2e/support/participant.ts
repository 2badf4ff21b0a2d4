import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { recordPeerConnections } from './media-stats';

export interface Participant {
  name: string;
  page: Page;
  context: BrowserContext;
  /** Every websocket message the page received, as raw text, from its first connection on. */
  frames: string[];
  close(): Promise<void>;
}

export interface RoomPageOptions {
  /** Runs on the new context before its page opens, e.g. to add init scripts. */
  prepareContext?: (context: BrowserContext) => Promise<void>;
}

/** Opens a fresh browser context (its own cookies and devices) on a room URL, before joining. */
export async function openRoomPage(browser: Browser, baseUrl: string, room: string, name: string, options: RoomPageOptions = {}): Promise<Participant> {
  const context = await browser.newContext({ baseURL: baseUrl, permissions: ['camera', 'microphone'] });
  await options.prepareContext?.(context);
  const page = await context.newPage();
  await recordPeerConnections(page);
  const frames: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => frames.push(String(payload))));
  await page.goto(`/r/${room}?name=${encodeURIComponent(name)}`);
  return { name, page, context, frames, close: () => context.close() };
}

/** Opens the room page and clicks "Join", then waits until the room's grid shows. */
export async function joinRoom(browser: Browser, baseUrl: string, room: string, name: string, options: RoomPageOptions = {}): Promise<Participant> {
  const participant = await openRoomPage(browser, baseUrl, room, name, options);
  await expect(participant.page.getByRole('group', { name: `${name} (you)` })).toBeVisible();
  await participant.page.getByRole('button', { name: 'Join' }).click();
  await expect(participant.page.getByRole('navigation', { name: 'Call controls' })).toBeVisible({ timeout: 30_000 });
  return participant;
}

export const tiles = (page: Page) => page.getByRole('region', { name: 'Participants' }).getByRole('group');
