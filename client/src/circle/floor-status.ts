import { currentSpeakerId, participantControls, type CircleSessionView } from '@peercircle/shared';
import { currentPhaseOf, floorRuleOf, isFacilitatorView, nameOf } from './view-queries';

export type FloorTone = 'waiting' | 'listening' | 'speaking' | 'open' | 'silence' | 'ended';

export interface FloorStatus {
  sentence: string;
  /** Lets the style set the sentence apart; the words alone always carry the meaning. */
  tone: FloorTone;
}

/** Who may speak right now, said from the viewer's side. */
export function describeFloor(view: CircleSessionView): FloorStatus {
  if (view.status === 'not-started') return { sentence: 'Waiting for the facilitator to start', tone: 'waiting' };
  if (view.status === 'ended') return { sentence: 'The session has ended', tone: 'ended' };
  const rule = floorRuleOf(view);
  if (rule === 'silence') return { sentence: 'Silence', tone: 'silence' };
  if (rule === 'open' || rule === null) return { sentence: 'Open conversation — everyone may speak', tone: 'open' };

  const { holderId } = view.floor;
  if (holderId === view.viewerId) return { sentence: "It's your turn to speak", tone: 'speaking' };
  if (holderId !== null) return { sentence: `You are listening — ${nameOf(view, holderId)} holds the floor`, tone: 'listening' };
  if (rule === 'round') {
    return view.round?.status === 'complete'
      ? { sentence: 'The round is complete — waiting for the facilitator', tone: 'waiting' }
      : { sentence: 'Waiting for the facilitator to start the round', tone: 'waiting' };
  }
  if (isFacilitatorView(view)) return { sentence: 'The floor is free — give it to the next hand', tone: 'waiting' };
  return participantControls(currentPhaseOf(view)).raiseHand
    ? { sentence: 'The floor is free — raise your hand to speak', tone: 'waiting' }
    : { sentence: 'The floor is free — waiting for the facilitator', tone: 'waiting' };
}

export type HandState = { raised: false } | { raised: true; position: number; queueLength: number };

/** What the viewer can do about their own turn right now. */
export interface TurnOptions {
  /** Their turn in a round: they may pass or say they are done. A come-back turn follows an earlier pass. */
  roundTurn: { comeBack: boolean } | null;
  /** They hold the floor in a queue phase and may hand it back. */
  holdsQueueFloor: boolean;
  /**
   * For members in phases that take raised hands, when they do not hold the floor. Facilitators give
   * the floor rather than queue for it, so their console has no hand to raise.
   */
  hand: HandState | null;
}

export function turnOptions(view: CircleSessionView): TurnOptions {
  const rule = floorRuleOf(view);
  const me = view.viewerId;
  const myRoundTurn = rule === 'round' && currentSpeakerId(view.round) === me;
  const holdsQueueFloor = rule === 'queue' && view.floor.holderId === me;
  let hand: HandState | null = null;
  const mayRaise = participantControls(currentPhaseOf(view)).raiseHand && !isFacilitatorView(view);
  if (rule === 'queue' && mayRaise && !holdsQueueFloor) {
    const index = view.handQueue.raised.findIndex((raised) => raised.participantId === me);
    hand = index < 0 ? { raised: false } : { raised: true, position: index + 1, queueLength: view.handQueue.raised.length };
  }
  return {
    roundTurn: myRoundTurn ? { comeBack: (view.round?.passes[me] ?? 0) >= 1 } : null,
    holdsQueueFloor,
    hand,
  };
}

export const ordinal = (n: number) => {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};

export function describeHand(hand: HandState): string {
  if (!hand.raised) return 'Raise your hand to ask for the floor';
  if (hand.position === 1) return 'Your hand is raised — you are next in the queue';
  return `Your hand is raised — you are ${ordinal(hand.position)} of ${hand.queueLength} in the queue`;
}
