import { useCallback, useEffect, useRef, useState } from 'react';
import { loadRoomModule, type RoomModule } from './load-room-module';
import type { RoomConnection } from './room-connection';

export interface LoadedRoom {
  module: RoomModule;
  connection: RoomConnection;
}

/**
 * The room's code and this page's connection, loaded behind the pre-join screen: the screen shows
 * at once, the connection opens ahead of the click, and a click that comes first simply waits.
 * Leaving the page leaves the room.
 */
export function useLoadedRoom(): { loaded: LoadedRoom | null; whenLoaded(): Promise<LoadedRoom> } {
  const [loaded, setLoaded] = useState<LoadedRoom | null>(null);
  const pending = useRef<Promise<LoadedRoom> | null>(null);

  useEffect(() => {
    let connection: RoomConnection | null = null;
    let unmounted = false;
    pending.current = loadRoomModule().then((module) => {
      if (unmounted) throw new Error('the page was left');
      connection = new module.RoomConnection();
      connection.preconnect();
      const room = { module, connection };
      setLoaded(room);
      return room;
    });
    pending.current.catch(() => undefined);
    return () => {
      unmounted = true;
      connection?.leave();
    };
  }, []);

  const whenLoaded = useCallback(() => pending.current ?? loadRoomModule().then(() => Promise.reject(new Error('not mounted'))), []);
  return { loaded, whenLoaded };
}
