import type { TopicUrgency } from '@peercircle/shared';
import { formatDate } from '../../cohorts/session-time';

export const urgencyLabels: Record<TopicUrgency, string> = { low: 'Low urgency', medium: 'Medium urgency', high: 'High urgency' };

/** "High urgency · importance 1 · parked 3 Dec 2026": the facts of a topic, without its title. */
export function parkedTopicFacts(topic: { urgency: TopicUrgency; importance: number; parkedAt: number }): string {
  return `${urgencyLabels[topic.urgency]} · importance ${topic.importance} · parked ${formatDate(topic.parkedAt)}`;
}
