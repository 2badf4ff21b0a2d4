import { currentSpeakerId, participantControls, type CircleSessionView } from '@peercircle/shared';
import { myHand, type HandState } from './my-hand';
import { currentPhaseOf, floorRuleOf, isFacilitatorView, nameOf } from './view-queries';

export { describeHand, ordinal, type HandState } from './my-hand';

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
  if (view.pause) return { sentence: 'Paused — silence', tone: 'silence' };
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

export interface TurnOptions {
  /** Their turn in a round: they may pass or say they are done. A come-back turn follows an earlier pass. */
  roundTurn: { comeBack: boolean } | null;
  /** They hold the floor in a queue phase and may hand it back. */
  holdsQueueFloor: boolean;
  /**
   * For members in phases that take raised hands, when they do not hold the floor, and wherever
   * their hand waits for a later phase. Facilitators give the floor rather than queue for it.
   */
  hand: HandState | null;
}

export function turnOptions(view: CircleSessionView): TurnOptions {
  // A pause holds the turn: it is given back, to be passed or finished, on resume.
  const rule = view.pause ? null : floorRuleOf(view);
  const me = view.viewerId;
  const myRoundTurn = rule === 'round' && currentSpeakerId(view.round) === me;
  const holdsQueueFloor = rule === 'queue' && view.floor.holderId === me;
  const hand = myHand(view, floorRuleOf(view) === 'queue' && !holdsQueueFloor);
  return {
    roundTurn: myRoundTurn ? { comeBack: (view.round?.passes[me] ?? 0) >= 1 } : null,
    holdsQueueFloor,
    hand,
  };
}
