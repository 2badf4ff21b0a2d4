import { useEffect } from 'react';
import { admitWaitingMember } from '../room/lobby-admission';
import { useRoomConnection } from '../room/room-context';
import { useAppStore } from '../store/store';
import { announce, requestFocus, setConsoleSectionOpen } from '../store/ui-slice';
import { circleShortcut, ignoresShortcuts } from './keyboard-shortcuts';
import { useSessionCommand } from './session-commands';

/** The circle's single-key shortcuts (see `shortcutHelp`); a key that does not apply now says why. */
export function useCircleShortcuts(): void {
  const send = useSessionCommand();
  const connection = useRoomConnection();
  useEffect(() => {
    async function onKey(event: KeyboardEvent) {
      const { session, lobby } = useAppStore.getState();
      if (!session.view || ignoresShortcuts(event)) return;
      const outcome = circleShortcut(event.key, event.shiftKey, session.view, lobby.waiting);
      if (!outcome) return;
      event.preventDefault();
      if ('unavailable' in outcome) return announce(outcome.unavailable);
      if ('focus' in outcome) {
        setConsoleSectionOpen('floor', true);
        return requestFocus(outcome.focus);
      }
      if ('admit' in outcome) {
        const problem = await admitWaitingMember(connection, outcome.admit);
        if (problem) announce(problem, 'assertive');
        return;
      }
      if ((await send(outcome.command)) && outcome.confirmation) announce(outcome.confirmation);
    }
    const listener = (event: KeyboardEvent) => void onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [send, connection]);
}
