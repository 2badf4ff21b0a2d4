import { expect, test } from '../support/fixtures';

test('a page from before a server update is told to reload, and can', async ({ server, browser }) => {
  const context = await browser.newContext({ baseURL: server.url, permissions: ['camera', 'microphone'] });
  // This page speaks an older protocol: its socket.io handshake (`40{…}`) carries version 1.
  await context.routeWebSocket(/\/socket\.io\//, (page) => {
    const upstream = page.connectToServer();
    page.onMessage((message) => upstream.send(typeof message === 'string' ? message.replace(/"protocolVersion":\d+/, '"protocolVersion":1') : message));
    upstream.onMessage((message) => page.send(message));
  });
  const page = await context.newPage();
  try {
    await page.goto('/r/after-an-update?name=Maya');
    await page.getByRole('button', { name: 'Join' }).click();

    await expect(page.locator('form').getByRole('alert')).toHaveText('PeerCircle was updated — reload the page');
    const reload = page.getByRole('button', { name: 'Reload PeerCircle' });
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await expect(page.getByRole('button', { name: 'Join' })).toBeVisible();
    expect((await server.health()).participants).toBe(0);
  } finally {
    await context.close();
  }
});
