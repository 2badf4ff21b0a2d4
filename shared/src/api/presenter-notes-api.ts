import { z } from 'zod';
import { proseText } from '../text/text-schemas';

/** Notes for the presenter: members write them during a presentation; only the presenter ever reads them. */
export const presenterNoteRules = {
  textMaxChars: 1000,
  /** Per author and session: enough for reflections, too few to flood a presenter's notes. */
  maxNotesPerAuthorPerSession: 20,
  defaultRetentionDays: 90,
  minRetentionDays: 7,
  maxRetentionDays: 365,
} as const;

/**
 * A note as its author sends it. Strict: who writes and for whom come from the signed-in identity and
 * the live session, never from the body.
 */
export const presenterNoteSchema = z.strictObject({
  text: proseText()
    .min(1, 'write something')
    .max(presenterNoteRules.textMaxChars, `at most ${presenterNoteRules.textMaxChars} characters`),
  /** Hide the author's name from the presenter. */
  anonymous: z.boolean().default(false),
});
export type PresenterNoteInput = z.input<typeof presenterNoteSchema>;

export const keepPresenterNoteSchema = z.strictObject({ kept: z.boolean() });

export const presenterNoteIdParamsSchema = z.object({ noteId: z.uuid() });

/** What the author gets back: proof of delivery, never the text again. */
export interface WrittenPresenterNote {
  noteId: string;
  notesLeft: number;
}

/** A handed-over note, as only its presenter sees it. */
export interface HandedOverNote {
  noteId: string;
  /** Null when the author chose to stay anonymous. */
  authorName: string | null;
  text: string;
  writtenAt: number;
  kept: boolean;
  /** When it will be deleted unless kept. */
  deleteAfter: number;
}

export interface PresenterNotesForSession {
  sessionId: string;
  sessionStartsAt: number;
  notes: HandedOverNote[];
}
