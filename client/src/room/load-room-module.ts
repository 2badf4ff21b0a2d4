import type { RoomConnection } from './room-connection';

export type RoomModule = typeof import('./room-module');

let loading: Promise<RoomModule> | null = null;

/** The room's chunk, fetched once; a failed fetch (a network hiccup) is tried again next time. */
export function loadRoomModule(): Promise<RoomModule> {
  loading ??= import('./room-module').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

export interface OpenedRoom {
  module: RoomModule;
  connection: RoomConnection;
}

let warm: Promise<OpenedRoom> | null = null;

/**
 * Starts what joining needs — the room's chunk, then the connection and the device — as soon as a
 * page with a room is on its way, before that page shows. The page takes it over (`openRoom`).
 */
export function warmUpRoom(): void {
  warm ??= loadRoomModule().then(connect);
  warm.catch(() => (warm = null)); // the page opens its own and shows the failure
}

/** The warmed-up room if there is one (each is handed out once), else a fresh one. */
export function openRoom(): Promise<OpenedRoom> {
  const opened = warm ?? loadRoomModule().then(connect);
  warm = null;
  return opened;
}

function connect(module: RoomModule): OpenedRoom {
  const connection = new module.RoomConnection();
  connection.preconnect();
  return { module, connection };
}
