import { test as base } from '@playwright/test';
import { joinRoom, type Participant } from './participant';
import { startServer, type ServerProcess } from './server-process';

interface CircleFixtures {
  /** A fresh server process for the test, stopped afterwards. */
  server: ServerProcess;
  /** Opens a browser context for one person and joins them to a room; closed after the test. */
  join(room: string, name: string): Promise<Participant>;
  /**
   * Closes every browser context a test opened, even one it forgot or could not close after a
   * failure: a page left behind keeps its fake camera and reconnecting socket busy during the next tests.
   */
  closesItsContexts: void;
}

export const test = base.extend<CircleFixtures>({
  // Playwright reads a fixture's dependencies from the destructuring pattern, even an empty one.
  server: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
  },
  closesItsContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      await Promise.all(browser.contexts().filter((context) => !before.has(context)).map((context) => context.close()));
    },
    { auto: true },
  ],
  join: async ({ browser, server }, use) => {
    const opened: Participant[] = [];
    await use(async (room, name) => {
      const participant = await joinRoom(browser, server.url, room, name);
      opened.push(participant);
      return participant;
    });
    await Promise.all(opened.map((participant) => participant.close()));
  },
});

export { expect } from '@playwright/test';
