import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { CircleCommandInput } from '@peercircle/shared';
import { RequestError } from '../realtime/request';
import { announce } from '../store/ui-slice';

/** Sends one circle command to the server; resolves with whether the server accepted it. */
export type SendSessionCommand = (command: CircleCommandInput) => Promise<boolean>;

const SessionCommandContext = createContext<SendSessionCommand | null>(null);

export function SessionCommandProvider({ send, children }: { send: SendSessionCommand; children: ReactNode }) {
  return <SessionCommandContext.Provider value={send}>{children}</SessionCommandContext.Provider>;
}

/**
 * The way components act on the circle. A rejected command changes nothing on the server; its
 * reason is announced (assertively, since the person just tried to do something).
 */
export function useSessionCommand(): SendSessionCommand {
  const send = useContext(SessionCommandContext);
  if (!send) throw new Error('useSessionCommand outside SessionCommandProvider');
  return useCallback(
    async (command: CircleCommandInput) => {
      try {
        return await send(command);
      } catch (error) {
        announce(error instanceof RequestError ? error.message : 'That did not work. Try again.', 'assertive');
        return false;
      }
    },
    [send],
  );
}
