import type { CircleSessionView, HandQueuePolicy, RaisedHand } from '@peercircle/shared';
import { floorMsOf } from './view-queries';

/**
 * Raised hands in the order a policy would call them, as the engine orders them (`handQueueOrder`):
 * first come, or least floor time first with ties by who raised first. Lets the console show a new
 * call order before the server confirms it.
 */
export function handsInCallOrder(view: CircleSessionView, policy: HandQueuePolicy): RaisedHand[] {
  const byRaisedAt = (a: RaisedHand, b: RaisedHand) => a.raisedAt - b.raisedAt;
  if (policy === 'first-come') return [...view.handQueue.raised].sort(byRaisedAt);
  const heard = (hand: RaisedHand) => floorMsOf(view, hand.participantId, view.clock);
  return [...view.handQueue.raised].sort((a, b) => heard(a) - heard(b) || byRaisedAt(a, b));
}
