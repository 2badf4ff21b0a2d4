import {
  admittedHandTypes,
  defaultHandType,
  handTypeLabels,
  handTypes,
  nextAdmittingPhaseKind,
  participantControls,
  type CircleSessionView,
  type HandType,
  type PhaseKind,
} from '@peercircle/shared';
import { currentPhaseOf, isFacilitatorView } from './view-queries';

export const phaseKindLabels: Record<PhaseKind, string> = {
  'check-in': 'the check-in',
  presentation: 'the presentation',
  'clarifying-questions': 'clarifying questions',
  'curious-questions': 'curious questions',
  break: 'the break',
  reflections: 'reflections',
  mirroring: 'the mirroring',
  response: 'the response',
  council: 'the council round',
  silence: 'the silence',
  dialogue: 'the dialogue',
  closing: 'the closing',
  other: 'a later phase',
};

/** "waiting for reflections", or that no phase ahead will call the hand. */
export function waitingForText(kind: PhaseKind | null): string {
  return kind === null ? 'waiting, but no later phase calls it' : `waiting for ${phaseKindLabels[kind]}`;
}

/** One type a member may raise their hand for: called now, or waiting for a later phase. */
export interface HandChoice {
  handType: HandType;
  label: string;
  /** Null when the current phase calls this type. */
  waitingFor: PhaseKind | null;
  admittedNow: boolean;
}

export type HandState =
  | { raised: false; defaultType: HandType; choices: HandChoice[] }
  | { raised: true; handType: HandType; queued: { position: number; queueLength: number } }
  | { raised: true; handType: HandType; waitingFor: PhaseKind | null; queued?: undefined };

function choicesFor(view: CircleSessionView): HandChoice[] {
  const phase = currentPhaseOf(view);
  const admitted = phase ? admittedHandTypes(phase) : [];
  return handTypes.map((handType) => ({
    handType,
    label: handTypeLabels[handType],
    admittedNow: admitted.includes(handType),
    waitingFor: admitted.includes(handType) ? null : nextAdmittingPhaseKind(view.agenda.phases, view.currentPhaseIndex, handType),
  }));
}

/**
 * The viewer's own hand: where it stands if raised (in the queue, or waiting for a phase that calls
 * its type, in any phase, so they can still lower it), or what they may raise it for. Null when a
 * member has nothing to raise or lower; facilitators give the floor rather than queue for it.
 */
export function myHand(view: CircleSessionView, mayRaiseNow: boolean): HandState | null {
  if (isFacilitatorView(view) || view.status !== 'running') return null;
  const me = view.viewerId;
  const index = view.handQueue.raised.findIndex((hand) => hand.participantId === me);
  const queued = view.handQueue.raised[index];
  if (queued) return { raised: true, handType: queued.handType, queued: { position: index + 1, queueLength: view.handQueue.raised.length } };
  const waiting = view.handQueue.waiting.find((hand) => hand.participantId === me);
  if (waiting) return { raised: true, handType: waiting.handType, waitingFor: waiting.waitingFor };
  if (!mayRaiseNow || !participantControls(currentPhaseOf(view)).raiseHand) return null;
  return { raised: false, defaultType: defaultHandType(currentPhaseOf(view)), choices: choicesFor(view) };
}

export const ordinal = (n: number) => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

export function describeHand(hand: HandState): string {
  if (!hand.raised) return 'Choose what your hand is for, then raise it to ask for the floor';
  const what = `Your ${handTypeLabels[hand.handType]}`;
  if (!hand.queued) {
    return hand.waitingFor === null
      ? `${what} is waiting, but no later phase calls it — lower it if it no longer fits`
      : `${what} is ${waitingForText(hand.waitingFor)}: it joins the queue then`;
  }
  if (hand.queued.position === 1) return `${what} is raised — you are next in the queue`;
  return `${what} is raised — you are ${ordinal(hand.queued.position)} of ${hand.queued.queueLength} in the queue`;
}

/** Said to the owner when a waiting hand joins the queue (a phase that calls its type began). */
export function handJoinedQueueNews(previous: CircleSessionView, next: CircleSessionView): string | null {
  const me = next.viewerId;
  const wasWaiting = previous.handQueue.waiting.find((hand) => hand.participantId === me);
  const nowQueued = next.handQueue.raised.find((hand) => hand.participantId === me);
  if (!wasWaiting || !nowQueued || wasWaiting.raisedAt !== nowQueued.raisedAt) return null;
  return `Your ${handTypeLabels[nowQueued.handType]} is now in the queue`;
}
