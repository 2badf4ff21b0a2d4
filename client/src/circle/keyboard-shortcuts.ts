import { isRunning, type CircleSessionView, type ParticipantCommandInput, type WaitingMemberSummary } from '@peercircle/shared';
import type { FocusTarget } from '../store/ui-slice';
import { turnOptions } from './floor-status';
import { nextQuestionToRelease } from './question-queue';
import { floorRuleOf, isFacilitatorView } from './view-queries';

/**
 * Values for `aria-keyshortcuts`, one place for the keys the handlers and the help dialog use.
 * For facilitators a plain key acts on the turn and Shift on the phase (N / Shift+N, T / Shift+T, E / Shift+E).
 */
export const shortcutKeys = {
  mic: 'M',
  camera: 'V',
  hand: 'H',
  done: 'D',
  pass: 'P',
  next: 'N',
  nextPhase: 'Shift+N',
  speakerTimer: 'T',
  phaseTimer: 'Shift+T',
  extendSpeakerTimer: 'E',
  extendPhaseTimer: 'Shift+E',
  releaseQuestion: 'R',
  admitNext: 'A',
  chooseFloor: 'G',
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
  { keys: shortcutKeys.hand, action: 'Raise your hand for what the phase calls first, or lower it' },
  { keys: shortcutKeys.done, action: "I'm done: end your turn" },
  { keys: shortcutKeys.pass, action: 'Pass your turn in a round' },
  { keys: shortcutKeys.next, action: 'Next speaker in a round, or give the floor to the next hand', facilitatorOnly: true },
  { keys: shortcutKeys.chooseFloor, action: 'Choose who gets the floor (queue phases)', facilitatorOnly: true },
  { keys: shortcutKeys.releaseQuestion, action: 'Release the next question', facilitatorOnly: true },
  { keys: shortcutKeys.speakerTimer, action: 'Start or pause the speaker timer', facilitatorOnly: true },
  { keys: shortcutKeys.extendSpeakerTimer, action: 'Add a minute to the speaker timer', facilitatorOnly: true },
  { keys: shortcutKeys.phaseTimer, action: 'Start or pause the phase timer', facilitatorOnly: true },
  { keys: shortcutKeys.extendPhaseTimer, action: 'Add a minute to the phase timer', facilitatorOnly: true },
  { keys: shortcutKeys.nextPhase, action: 'Next phase', facilitatorOnly: true },
  { keys: shortcutKeys.admitNext, action: 'Let in the person waiting longest in the lobby', facilitatorOnly: true },
  { keys: shortcutKeys.help, action: 'Show these keyboard shortcuts' },
];

/**
 * What a key does now: a circle command (with what to say once it is accepted), letting someone in,
 * moving focus, or why it does not apply; null for keys that are not circle shortcuts.
 */
export type ShortcutOutcome =
  | { command: ParticipantCommandInput; confirmation?: string }
  | { admit: WaitingMemberSummary }
  | { focus: FocusTarget }
  | { unavailable: string }
  | null;

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

type TimerName = 'phase' | 'speaker';

function toggleTimer(view: CircleSessionView, name: TimerName): ShortcutOutcome {
  const timer = name === 'phase' ? view.phaseTimer : view.speakerTimer;
  const title = `${name} timer`;
  if (isRunning(timer)) return { command: { type: 'timer.pause', timer: name }, confirmation: `The ${title} is paused` };
  if (timer.durationMs <= 0) return { unavailable: `The ${title} has no time set: add a minute first` };
  const type = timer.accumulatedMs > 0 ? 'timer.resume' : 'timer.start';
  return { command: { type, timer: name }, confirmation: `The ${title} is running` };
}

function extendTimer(name: TimerName): ShortcutOutcome {
  return { command: { type: 'timer.extend', timer: name, ms: 60_000 }, confirmation: `A minute added to the ${name} timer` };
}

function facilitatorShortcut(key: string, shiftKey: boolean, view: CircleSessionView, waiting: readonly WaitingMemberSummary[]): ShortcutOutcome {
  if (key === 'a') {
    const longest = [...waiting].sort((a, b) => a.since - b.since)[0];
    return longest ? { admit: longest } : { unavailable: 'Nobody is waiting in the lobby' };
  }
  if (view.status !== 'running') return { unavailable: 'The session is not running' };
  switch (key) {
    case 'n':
      return shiftKey ? { command: { type: 'phase.next' } } : facilitatorNext(view);
    case 't':
      return toggleTimer(view, shiftKey ? 'phase' : 'speaker');
    case 'e':
      return extendTimer(shiftKey ? 'phase' : 'speaker');
    case 'r': {
      const next = nextQuestionToRelease(view.questions);
      return next ? { command: { type: 'questions.release', questionId: next.questionId } } : { unavailable: 'No questions waiting' };
    }
    case 'g':
      return floorRuleOf(view) === 'queue' ? { focus: 'floor-chooser' } : { unavailable: 'The floor is given by choice only in queue phases' };
    default:
      return null;
  }
}

const facilitatorKeys = new Set(['n', 't', 'e', 'r', 'g', 'a']);

export function circleShortcut(
  key: string,
  shiftKey: boolean,
  view: CircleSessionView,
  waiting: readonly WaitingMemberSummary[] = [],
): ShortcutOutcome {
  const lower = key.toLowerCase();
  if (facilitatorKeys.has(lower)) return isFacilitatorView(view) ? facilitatorShortcut(lower, shiftKey, view, waiting) : null;
  const options = turnOptions(view);
  switch (lower) {
    case 'h':
      if (!options.hand) {
        return { unavailable: options.holdsQueueFloor ? 'You have the floor' : 'Hands go up only when the facilitator takes raised hands' };
      }
      return { command: options.hand.raised ? { type: 'hand.lower' } : { type: 'hand.raise', handType: options.hand.defaultType } };
    case 'd':
      return options.roundTurn || options.holdsQueueFloor ? { command: { type: 'turn.done' } } : { unavailable: 'You do not have the floor' };
    case 'p':
      return options.roundTurn ? { command: { type: 'turn.pass' } } : { unavailable: 'You can pass only on your turn in a round' };
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
