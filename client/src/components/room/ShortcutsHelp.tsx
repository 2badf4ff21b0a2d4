import { useEffect, useId, useState } from 'react';
import { ignoresShortcuts, shortcutHelp, shortcutKeys } from '../../circle/keyboard-shortcuts';
import { useAppStore } from '../../store/store';
import { ModalDialog } from '../ui/ModalDialog';

/** The "?" button and key, opening the list of keyboard shortcuts. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  const facilitator = useAppStore((state) => state.session.view?.viewerRole === 'facilitator');
  const headingId = useId();

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== '?' || ignoresShortcuts(event)) return;
      event.preventDefault();
      setOpen(true);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const shown = shortcutHelp.filter((shortcut) => facilitator || !shortcut.facilitatorOnly);
  return (
    <>
      <button
        type="button"
        className="icon-button help-button"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts={shortcutKeys.help}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} labelledBy={headingId} className="shortcuts-dialog">
        <h2 id={headingId}>Keyboard shortcuts</h2>
        <p className="hint">They work whenever you are not typing in a field.</p>
        <table className="shortcuts">
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((shortcut) => (
              <tr key={shortcut.keys}>
                <td>
                  <kbd>{shortcut.keys}</kbd>
                </td>
                <td>
                  {shortcut.action}
                  {shortcut.facilitatorOnly ? ' (facilitators)' : ''}
                </td>
              </tr>
            ))}
            <tr>
              <td>
                <kbd>Alt+↑</kbd> / <kbd>Alt+↓</kbd>
              </td>
              <td>Move a person up or down in a speaking order list</td>
            </tr>
          </tbody>
        </table>
        <div className="dialog-actions">
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
      </ModalDialog>
    </>
  );
}
