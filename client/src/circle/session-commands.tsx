import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { ParticipantCommandInput } from '@peercircle/shared';
import { RequestError } from '../realtime/request';
import { announce } from '../store/ui-slice';

/** Sends one circle command to the server; resolves with whether the server accepted it. */
export type SendSessionCommand = (command: ParticipantCommandInput) => Promise<boolean>;

export type CommandOutcome = { accepted: true } | { accepted: false; reason: string };
type AttemptSessionCommand = (command: ParticipantCommandInput) => Promise<CommandOutcome>;

/** The last command the server refused, for showing on screen as well as announcing. */
export interface CommandRefusal {
  message: string;
  /** Tells a repeated refusal with the same message from the previous one. */
  sequence: number;
}

interface RefusalState {
  refusal: CommandRefusal | null;
  dismiss(): void;
}

const AttemptContext = createContext<AttemptSessionCommand | null>(null);
const RefusalContext = createContext<RefusalState>({ refusal: null, dismiss: () => undefined });

/**
 * Wraps the connection's sender. A rejected command changes nothing on the server; its reason is
 * announced (assertively, since the person just tried to do something) and kept for display.
 */
export function SessionCommandProvider({ send, children }: { send: SendSessionCommand; children: ReactNode }) {
  const [refusal, setRefusal] = useState<CommandRefusal | null>(null);
  const attempt = useCallback<AttemptSessionCommand>(
    async (command) => {
      try {
        const accepted = await send(command);
        setRefusal(null);
        return accepted ? { accepted: true } : { accepted: false, reason: 'The server did not apply that' };
      } catch (error) {
        const reason = error instanceof RequestError ? error.message : 'That did not work. Try again.';
        announce(reason, 'assertive');
        setRefusal((previous) => ({ message: reason, sequence: (previous?.sequence ?? 0) + 1 }));
        return { accepted: false, reason };
      }
    },
    [send],
  );
  const refusalState = useMemo(() => ({ refusal, dismiss: () => setRefusal(null) }), [refusal]);
  return (
    <AttemptContext.Provider value={attempt}>
      <RefusalContext.Provider value={refusalState}>{children}</RefusalContext.Provider>
    </AttemptContext.Provider>
  );
}

function useAttempt(): AttemptSessionCommand {
  const attempt = useContext(AttemptContext);
  if (!attempt) throw new Error('useSessionCommand outside SessionCommandProvider');
  return attempt;
}

/** The way components act on the circle. */
export function useSessionCommand(): SendSessionCommand {
  const attempt = useAttempt();
  return useCallback(async (command) => (await attempt(command)).accepted, [attempt]);
}

/** For forms that show a refusal's reason next to themselves (e.g. inside a modal dialog). */
export function useSessionCommandOutcome(): AttemptSessionCommand {
  return useAttempt();
}

export function useCommandRefusal(): RefusalState {
  return useContext(RefusalContext);
}
