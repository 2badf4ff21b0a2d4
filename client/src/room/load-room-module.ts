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
