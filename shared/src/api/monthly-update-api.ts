import { z } from 'zod';
import { singleLineText } from '../text/text-schemas';

/** Monthly updates ("5% updates"): what a member brings to a session, submitted in the days before it. */
export const monthlyUpdateRules = {
  areaCount: 3,
  lowestRating: 1,
  highestRating: 10,
  lineMaxChars: 200,
  topicMaxChars: 120,
  maxTopics: 3,
  areaNameMaxChars: 40,
  /** The member home shows "update due" from this many days before the session. */
  dueFromDays: 5,
} as const;

/** Until a cohort renames them, the three areas a member rates. */
export const defaultUpdateAreas = ['work', 'relationships', 'self'] as const;

/**
 * A cohort's names for the three areas, in order. Distinct (ignoring case), so a member's chart and the
 * update round never show two areas under one name.
 */
export const updateAreaNamesSchema = z
  .array(singleLineText().min(1, 'an area needs a name').max(monthlyUpdateRules.areaNameMaxChars, `at most ${monthlyUpdateRules.areaNameMaxChars} characters`))
  .length(monthlyUpdateRules.areaCount, `exactly ${monthlyUpdateRules.areaCount} areas`)
  .refine((names) => new Set(names.map((name) => name.toLocaleLowerCase())).size === names.length, 'give each area its own name');

/** Least urgent first. */
export const topicUrgencies = ['low', 'medium', 'high'] as const;
export type TopicUrgency = (typeof topicUrgencies)[number];

const rating = z.number().int('a whole number').min(monthlyUpdateRules.lowestRating).max(monthlyUpdateRules.highestRating);

/** One area of the update: its rating and one line about it. Areas are by position (0…2), so renaming them keeps the history. */
const areaSchema = z.strictObject({
  rating,
  line: singleLineText().max(monthlyUpdateRules.lineMaxChars, `at most ${monthlyUpdateRules.lineMaxChars} characters`),
});

const topicSchema = z.strictObject({
  title: singleLineText().min(1, 'a topic needs a title').max(monthlyUpdateRules.topicMaxChars, `at most ${monthlyUpdateRules.topicMaxChars} characters`),
  /** 1 is the most important. */
  rank: z.number().int().min(1).max(monthlyUpdateRules.maxTopics),
  mightPresent: z.boolean(),
  /** How soon it needs the circle; the parking lot proposes the most urgent topic first. */
  urgency: z.enum(topicUrgencies).default('medium'),
});

/**
 * A member's update for one session. Strict: nothing in the body can say whose update it is — that is
 * the signed-in member only.
 */
export const monthlyUpdateSchema = z.strictObject({
  areas: z.array(areaSchema).length(monthlyUpdateRules.areaCount, `exactly ${monthlyUpdateRules.areaCount} areas`),
  topics: z
    .array(topicSchema)
    .max(monthlyUpdateRules.maxTopics, `at most ${monthlyUpdateRules.maxTopics} topics`)
    .refine((topics) => new Set(topics.map((topic) => topic.rank)).size === topics.length, 'each topic needs its own rank'),
  shareWithFacilitator: z.boolean(),
});
export type MonthlyUpdateInput = z.input<typeof monthlyUpdateSchema>;
export type MonthlyUpdate = z.output<typeof monthlyUpdateSchema>;
export type MonthlyUpdateArea = z.output<typeof areaSchema>;
export type MonthlyUpdateTopic = z.output<typeof topicSchema>;

/** A member's own update, as they get it back. Topics by rank. */
export interface MyMonthlyUpdate {
  sessionId: string;
  areas: MonthlyUpdateArea[];
  topics: MonthlyUpdateTopic[];
  shareWithFacilitator: boolean;
  submittedAt: number;
}

/** One past update's ratings, for the member's own chart. */
export interface MyRatingsPoint {
  sessionId: string;
  sessionStartsAt: number;
  ratings: number[];
}

/** The member's own ratings over months, oldest first, with the cohort's area names. */
export interface MyRatingsHistory {
  areaNames: string[];
  points: MyRatingsPoint[];
}

/**
 * Who submitted for a session, for the cohort's facilitators. Ratings and lines only for members who
 * chose to share them; topics are never part of it.
 */
export interface UpdateSubmissions {
  sessionId: string;
  areaNames: string[];
  submitted: { memberId: string; displayName: string; shared: { areas: MonthlyUpdateArea[] } | null }[];
}
