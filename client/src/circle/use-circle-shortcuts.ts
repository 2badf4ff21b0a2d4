import { useEffect } from 'react';
import { useAppStore } from '../store/store';
import { announce } from '../store/ui-slice';
import { circleShortcut, ignoresShortcuts } from './keyboard-shortcuts';
import { useSessionCommand } from './session-commands';

/** The circle's single-key shortcuts (H, D, P, N, Shift+N); a key that does not apply now says why. */
export function useCircleShortcuts(): void {
  const send = useSessionCommand();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const view = useAppStore.getState().session.view;
      if (!view || ignoresShortcuts(event)) return;
      const outcome = circleShortcut(event.key, event.shiftKey, view);
      if (!outcome) return;
      event.preventDefault();
      if ('command' in outcome) void send(outcome.command);
      else announce(outcome.unavailable);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [send]);
}
