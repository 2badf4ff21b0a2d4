import { z } from 'zod';
import { proseText, singleLineText } from '../text/text-schemas';

/**
 * The forum practice's questions a presenter answers before their session. Every field is prose the
 * presenter may leave empty while drafting; the one-sentence issue is required to mark it ready.
 */
export const presenterBriefFieldSchema = z.object({
  issue: singleLineText().max(300, 'at most 300 characters'),
  stakes: proseText().max(2000, 'at most 2,000 characters'),
  background: proseText().max(4000, 'at most 4,000 characters'),
  feelings: proseText().max(2000, 'at most 2,000 characters'),
  tried: proseText().max(2000, 'at most 2,000 characters'),
  options: proseText().max(2000, 'at most 2,000 characters'),
  wantFromGroup: proseText().max(1000, 'at most 1,000 characters'),
  notWanted: proseText().max(1000, 'at most 1,000 characters'),
});
export type PresenterBriefContent = z.output<typeof presenterBriefFieldSchema>;
export const presenterBriefFields = Object.keys(presenterBriefFieldSchema.shape) as (keyof PresenterBriefContent)[];

/**
 * What the presenter saves: the content (missing fields are empty), whether it is ready for the circle,
 * and whether they keep it after the session (otherwise it is deleted with the session's content).
 */
export const savePresenterBriefSchema = presenterBriefFieldSchema
  .partial()
  .extend({ ready: z.boolean(), keep: z.boolean() })
  .strict()
  .refine((brief) => !brief.ready || (brief.issue ?? '').length > 0, {
    message: 'write the issue in one sentence before marking the brief ready',
    path: ['issue'],
  });
export type SavePresenterBrief = z.input<typeof savePresenterBriefSchema>;

/** The presenter's own brief, as only they read it. */
export interface PresenterBrief extends PresenterBriefContent {
  sessionId: string;
  ready: boolean;
  keep: boolean;
  updatedAt: number;
}

/** The brief page: the session it is for, whether the member may still write it, and the brief so far. */
export interface PresenterBriefPage {
  sessionId: string;
  sessionStartsAt: number;
  /** False once the session has ended, or when they no longer present it: the brief is then read-only. */
  writable: boolean;
  /** Whether they present it (the rotation's likely pick until the session starts). */
  presenting: boolean;
  brief: PresenterBrief | null;
  /** Their answer to "Were we helpful?", once given. */
  helpfulness: Helpfulness | null;
}

export const helpfulnessAnswers = ['yes', 'partly', 'no'] as const;
export type HelpfulnessAnswer = (typeof helpfulnessAnswers)[number];

/** The presenter's answer at the close: "Were we helpful?" and, optionally, in their own words. */
export const helpfulnessSchema = z
  .object({
    answer: z.enum(helpfulnessAnswers),
    words: proseText().max(1000, 'at most 1,000 characters').optional(),
  })
  .strict();
export type NewHelpfulness = z.input<typeof helpfulnessSchema>;

export interface Helpfulness {
  sessionId: string;
  answer: HelpfulnessAnswer;
  words: string;
  answeredAt: number;
}
