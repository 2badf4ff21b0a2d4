import type { ParticipantCommandInput, CircleSessionView } from '@peercircle/shared';
import { turnOptions } from './floor-status';
import { floorRuleOf, isFacilitatorView } from './view-queries';

/** Values for `aria-keyshortcuts`, one place for the keys the handlers and the help dialog use. */
export const shortcutKeys = {
  mic: 'M',
  camera: 'V',
  hand: 'H',
  done: 'D',
  pass: 'P',
  next: 'N',
  nextPhase: 'Shift+N',
  help: '?',
} as const;

export interface ShortcutHelp {
  keys: string;
  action: string;
  facilitatorOnly?: boolean;
}

export const shortcutHelp: readonly ShortcutHelp[] = [
  { keys: shortcutKeys.mic, action: 'Mute or unmute your microphone' },
  { keys: shortcutKeys.camera, action: 'Start or stop your camera' },
  { keys: shortcutKeys.hand, action: 'Raise or lower your hand' },
  { keys: shortcutKeys.done, action: "I'm done: end your turn" },
  { keys: shortcutKeys.pass, action: 'Pass your turn in a round' },
  { keys: shortcutKeys.next, action: 'Next speaker in a round, or give the floor to the next hand', facilitatorOnly: true },
  { keys: shortcutKeys.nextPhase, action: 'Next phase', facilitatorOnly: true },
  { keys: shortcutKeys.help, action: 'Show these keyboard shortcuts' },
];

/** A circle command to send, a reason it does not apply now, or null for keys that are not circle shortcuts. */
export type ShortcutOutcome = { command: ParticipantCommandInput } | { unavailable: string } | null;

function facilitatorNext(view: CircleSessionView): ShortcutOutcome {
  const rule = floorRuleOf(view);
  if (rule === 'round' && view.round?.status === 'active') return { command: { type: 'round.advance' } };
  if (rule === 'queue') {
    return view.handQueue.raised.length > 0
      ? { command: { type: 'floor.giveNextInQueue' } }
      : { unavailable: 'Nobody has a hand raised' };
  }
  return { unavailable: 'There is no next speaker in this phase' };
}

export function circleShortcut(key: string, shiftKey: boolean, view: CircleSessionView): ShortcutOutcome {
  const options = turnOptions(view);
  switch (key.toLowerCase()) {
    case 'h':
      if (!options.hand) {
        return { unavailable: options.holdsQueueFloor ? 'You have the floor' : 'Hands go up only in phases where the facilitator gives the floor' };
      }
      return { command: { type: options.hand.raised ? 'hand.lower' : 'hand.raise' } };
    case 'd':
      return options.roundTurn || options.holdsQueueFloor ? { command: { type: 'turn.done' } } : { unavailable: 'You do not have the floor' };
    case 'p':
      return options.roundTurn ? { command: { type: 'turn.pass' } } : { unavailable: 'You can pass only on your turn in a round' };
    case 'n':
      if (!isFacilitatorView(view)) return null;
      if (!shiftKey) return facilitatorNext(view);
      return view.status === 'running' ? { command: { type: 'phase.next' } } : { unavailable: 'The session is not running' };
    default:
      return null;
  }
}

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Single-key shortcuts stay out of the way of typing, held-down keys, key combinations and open dialogs. */
export function ignoresShortcuts(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTypingTarget(event.target)) return true;
  return event.target instanceof Element && event.target.closest('dialog') !== null;
}
