import { setChimeMuted } from '../../store/session-slice';
import { useAppStore } from '../../store/store';
import { ToggleButton } from '../ui/ToggleButton';

/** The soft chime at timer warnings, on by default. */
export function ChimeToggle() {
  const muted = useAppStore((state) => state.session.chimeMuted);
  return <ToggleButton on={!muted} onToggle={() => setChimeMuted(!muted)} turnOffLabel="Mute chime" turnOnLabel="Unmute chime" />;
}
