import { useCallback, useEffect, useRef, useState } from 'react';
import { loadRoomModule, openRoom, type OpenedRoom } from './load-room-module';

export type LoadedRoom = OpenedRoom;

/**
 * The room's code and this page's connection, loaded behind the pre-join screen (started, when
 * possible, while the page itself was loading: `warmUpRoom`): the screen shows at once, the
 * connection opens ahead of the click, and a click that comes first simply waits. Leaving the page
 * leaves the room.
 */
export function useLoadedRoom(): { loaded: LoadedRoom | null; whenLoaded(): Promise<LoadedRoom> } {
  const [loaded, setLoaded] = useState<LoadedRoom | null>(null);
  const pending = useRef<Promise<LoadedRoom> | null>(null);

  useEffect(() => {
    let unmounted = false;
    const opening = openRoom();
    pending.current = opening.then((room) => {
      if (unmounted) throw new Error('the page was left');
      setLoaded(room);
      return room;
    });
    pending.current.catch(() => undefined);
    return () => {
      unmounted = true;
      void opening.then(({ connection }) => connection.leave(), () => undefined);
    };
  }, []);

  const whenLoaded = useCallback(() => pending.current ?? loadRoomModule().then(() => Promise.reject(new Error('not mounted'))), []);
  return { loaded, whenLoaded };
}
