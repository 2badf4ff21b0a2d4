import { z } from 'zod';
import { topicUrgencies, type TopicUrgency } from './monthly-update-api';

/**
 * The cohort's parking lot: topics members marked "might present" in their monthly updates. A member
 * sees their own; the facilitator sees each topic's owner, urgency, importance and date, and its title
 * only where the owner shared it.
 */
export const parkedTopicIdParamsSchema = z.object({ topicId: z.uuid() });

export const shareParkedTopicSchema = z.strictObject({ shared: z.boolean() });
export type ShareParkedTopic = z.input<typeof shareParkedTopicSchema>;

/** One of the member's own parked topics. */
export interface MyParkedTopic {
  id: string;
  title: string;
  urgency: TopicUrgency;
  /** The topic's rank in its update: 1 is the most important. */
  importance: number;
  parkedAt: number;
  sharedWithFacilitator: boolean;
}

/** A parked topic as the cohort's facilitators see it: no title unless its owner shared it. */
export interface FacilitatorParkedTopic {
  id: string;
  ownerId: string;
  ownerName: string;
  urgency: TopicUrgency;
  importance: number;
  parkedAt: number;
  /** Null unless the owner shared this topic with the facilitator. */
  title: string | null;
}

/** Why the rotation proposes who it proposes. */
export type PresenterProposalReason = 'rotation' | 'urgent-parked-topic';

export interface CohortParkingLot {
  topics: FacilitatorParkedTopic[];
  /** Who the rotation proposes for the next scheduled session (among all members), or null without one. */
  proposedPresenter: { memberId: string; displayName: string; reason: PresenterProposalReason } | null;
}

/** What orders parked topics: urgency, then importance (rank), then how long it has been parked. */
export interface ParkedTopicOrder {
  urgency: TopicUrgency;
  importance: number;
  parkedAt: number;
}

/** Most urgent first, then most important (rank 1), then longest parked. */
export function byParkedUrgency(a: ParkedTopicOrder, b: ParkedTopicOrder): number {
  return topicUrgencies.indexOf(b.urgency) - topicUrgencies.indexOf(a.urgency) || a.importance - b.importance || a.parkedAt - b.parkedAt;
}
