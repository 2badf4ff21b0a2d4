import { monthlyUpdateRules, type MonthlyUpdateInput, type MyMonthlyUpdate, type TopicUrgency } from '@peercircle/shared';

/** The form's fields as typed: ratings stay text until submitted, topics by position (1 is most important). */
export interface UpdateFormFields {
  areas: { rating: string; line: string }[];
  topics: { title: string; mightPresent: boolean; urgency: TopicUrgency }[];
  shareWithFacilitator: boolean;
}

const emptyTopic = () => ({ title: '', mightPresent: false, urgency: 'medium' as TopicUrgency });

export function fieldsFrom(update: MyMonthlyUpdate | null): UpdateFormFields {
  const topics = Array.from({ length: monthlyUpdateRules.maxTopics }, (_, index) => {
    const topic = update?.topics.find((t) => t.rank === index + 1);
    return topic ? { title: topic.title, mightPresent: topic.mightPresent, urgency: topic.urgency } : emptyTopic();
  });
  return {
    areas: Array.from({ length: monthlyUpdateRules.areaCount }, (_, index) => {
      const area = update?.areas[index];
      return { rating: area ? String(area.rating) : '', line: area?.line ?? '' };
    }),
    topics,
    shareWithFacilitator: update?.shareWithFacilitator ?? false,
  };
}

/**
 * The request body: ratings as numbers (NaN when not a number, so the schema names the problem), and
 * the topics that have a title, ranked in the order they are listed.
 */
export function updateBodyFrom(fields: UpdateFormFields): MonthlyUpdateInput {
  return {
    areas: fields.areas.map((area) => ({ rating: area.rating.trim() === '' ? Number.NaN : Number(area.rating), line: area.line })),
    topics: fields.topics
      .filter((topic) => topic.title.trim() !== '')
      .map((topic, index) => ({ title: topic.title, rank: index + 1, mightPresent: topic.mightPresent, urgency: topic.urgency })),
    shareWithFacilitator: fields.shareWithFacilitator,
  };
}
