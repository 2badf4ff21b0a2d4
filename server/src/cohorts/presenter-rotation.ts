import { byParkedUrgency, type ParkedTopicOrder, type PresenterProposalReason } from '@peercircle/shared';

/** A past session, as far as the rotation cares. */
export interface PastPresentation {
  presenterId: string | null;
  startsAt: number;
}

/** A topic in the parking lot, as far as the rotation cares (never its title). */
export interface ParkedTopicForRotation extends ParkedTopicOrder {
  memberId: string;
}

export interface PresenterChoice {
  attendingMemberIds: readonly string[];
  seatingOrder: readonly string[];
  history: readonly PastPresentation[];
  parkedTopics?: readonly ParkedTopicForRotation[];
}

export interface PresenterProposal {
  presenterId: string | null;
  /** 'urgent-parked-topic' only when a parked topic changed the pick the rotation alone would make. */
  reason: PresenterProposalReason;
}

/**
 * Who presents next. First the rotation's group: the attending members who presented least recently —
 * everyone who never presented if anyone attending has not; otherwise those whose latest presentation
 * is the oldest (several only when they share that session's start). Within that group, whoever has
 * the most urgent parked topic (urgency, then importance, then the longest parked); members without
 * one after them; then the seating order, where attending members missing from it come after the
 * seated ones, in the order given. Null when nobody attends.
 */
export function proposePresenter({ attendingMemberIds, seatingOrder, history, parkedTopics = [] }: PresenterChoice): PresenterProposal {
  const lastPresentedAt = new Map<string, number>();
  for (const { presenterId, startsAt } of history) {
    if (presenterId !== null) lastPresentedAt.set(presenterId, Math.max(startsAt, lastPresentedAt.get(presenterId) ?? startsAt));
  }
  const seat = (memberId: string) => {
    const index = seatingOrder.indexOf(memberId);
    return index === -1 ? seatingOrder.length : index;
  };
  const lastTime = (memberId: string) => lastPresentedAt.get(memberId) ?? Number.NEGATIVE_INFINITY;
  const candidates = [...new Set(attendingMemberIds)].sort((a, b) => (lastTime(a) === lastTime(b) ? seat(a) - seat(b) : lastTime(a) - lastTime(b)));
  const byRotation = candidates[0];
  if (byRotation === undefined) return { presenterId: null, reason: 'rotation' };

  const mostUrgent = new Map<string, ParkedTopicOrder>();
  for (const topic of parkedTopics) {
    const current = mostUrgent.get(topic.memberId);
    if (!current || byParkedUrgency(topic, current) < 0) mostUrgent.set(topic.memberId, topic);
  }
  const group = candidates.filter((memberId) => lastTime(memberId) === lastTime(byRotation));
  const withTopic = group.filter((memberId) => mostUrgent.has(memberId));
  // A stable sort keeps the seating order among equally urgent topics.
  const [first] = withTopic.sort((a, b) => byParkedUrgency(mostUrgent.get(a)!, mostUrgent.get(b)!));
  if (first === undefined || first === byRotation) return { presenterId: byRotation, reason: 'rotation' };
  return { presenterId: first, reason: 'urgent-parked-topic' };
}

/** The member `proposePresenter` picks. */
export function choosePresenter(choice: PresenterChoice): string | null {
  return proposePresenter(choice).presenterId;
}
