import type { TestServer } from './test-server';

/** Moves every invite's expiry into the past, as if a week had gone by. */
export async function expireAllInvites(server: TestServer): Promise<void> {
  const { db } = server.app.services.repositories;
  await db.updateTable('invites').set({ expires_at: Date.now() - 1 }).execute();
}
