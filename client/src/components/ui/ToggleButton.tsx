interface ToggleButtonProps {
  on: boolean;
  onToggle(): void;
  /** The action offered while on, e.g. "Mute microphone". */
  turnOffLabel: string;
  /** The action offered while off, e.g. "Unmute microphone". */
  turnOnLabel: string;
  shortcut?: string;
}

/**
 * A media toggle labelled with the action it performs. Labels change with the state, so it does not
 * also use aria-pressed (which would announce a contradictory "pressed" state).
 */
export function ToggleButton({ on, onToggle, turnOffLabel, turnOnLabel, shortcut }: ToggleButtonProps) {
  return (
    <button type="button" className={on ? 'toggle on' : 'toggle off'} aria-keyshortcuts={shortcut} onClick={onToggle}>
      {on ? turnOffLabel : turnOnLabel}
    </button>
  );
}
