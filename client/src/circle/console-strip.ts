import { currentSpeakerId, type CircleSessionView } from '@peercircle/shared';
import { upcomingSpeakers } from './council-order';
import { floorRuleOf, nameOf } from './view-queries';

/** The one floor action the strip offers now: move a round on, or call the next raised hand. */
export type FloorAction =
  | { kind: 'next-speaker'; upNext: string | null }
  | { kind: 'next-hand'; next: string | null; hands: number }
  | { kind: 'none' };

export function floorAction(view: CircleSessionView): FloorAction {
  if (view.pause) return { kind: 'none' };
  const rule = floorRuleOf(view);
  if (rule === 'round' && view.round?.status === 'active') {
    const [nextId] = upcomingSpeakers(view.round);
    return { kind: 'next-speaker', upNext: nextId === undefined ? null : nameOf(view, nextId) };
  }
  if (rule === 'queue') {
    const next = view.handQueue.raised.find((hand) => view.participants[hand.participantId]?.presence === 'present');
    return { kind: 'next-hand', next: next ? nameOf(view, next.participantId) : null, hands: view.handQueue.raised.length };
  }
  return { kind: 'none' };
}

/** Where the floor is, in a few words from the facilitator's chair. */
export function floorLine(view: CircleSessionView): string {
  if (view.status === 'not-started') return 'Not started yet';
  if (view.status === 'ended') return 'The session has ended';
  if (view.pause) return 'Paused — silence: every microphone is paused until the circle resumes';
  const rule = floorRuleOf(view);
  if (rule === 'open' || rule === null) return 'Open conversation: nobody needs the floor';
  if (rule === 'silence') return 'Silence: microphones are paused for all but facilitators who may speak';
  const holderId = rule === 'round' ? currentSpeakerId(view.round) : view.floor.holderId;
  const holder = holderId === null ? null : holderId === view.viewerId ? 'You' : nameOf(view, holderId);
  if (rule === 'round') {
    if (!view.round) return 'No round is running';
    if (view.round.status === 'complete') return 'The round is complete';
    return `${holder ?? 'Someone'} ${holder === 'You' ? 'are' : 'is'} speaking · turn ${view.round.position + 1} of ${view.round.order.length}`;
  }
  return holder === null ? 'The floor is free' : `${holder} ${holder === 'You' ? 'have' : 'holds'} the floor`;
}
