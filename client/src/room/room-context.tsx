import { createContext, useContext, type ReactNode } from 'react';
import type { RoomConnection } from './room-connection';

interface RoomContextValue {
  connection: RoomConnection;
  /** The cohort session this room is, for its REST calls (commitments); null in a demo room. */
  cohortSessionId: string | null;
}

const RoomContext = createContext<RoomContextValue | null>(null);

/**
 * Makes the room's connection reachable from deep inside the room (the console's lobby controls)
 * without threading it through every component in between.
 */
export function RoomProvider({ connection, cohortSessionId, children }: RoomContextValue & { children: ReactNode }) {
  return <RoomContext.Provider value={{ connection, cohortSessionId }}>{children}</RoomContext.Provider>;
}

function useRoomContext(): RoomContextValue {
  const value = useContext(RoomContext);
  if (!value) throw new Error('room hooks used outside RoomProvider');
  return value;
}

export function useRoomConnection(): RoomConnection {
  return useRoomContext().connection;
}

export function useCohortSessionId(): string | null {
  return useRoomContext().cohortSessionId;
}
