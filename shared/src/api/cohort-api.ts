import { presenterNoteRules } from './presenter-notes-api';
import { updateAreaNamesSchema } from './monthly-update-api';
import { z } from 'zod';
import { cadenceSchema, timezoneSchema, type Cadence } from '../cohort/cadence';
import { formatTemplateIds } from '../circle/templates';
import { privacyItemListSchema, type PrivacyItem } from '../cohort/privacy-checklist';
import { displayNameSchema } from '../protocol/identifiers';
import { proseText, singleLineText } from '../text/text-schemas';
import { emailSchema } from './identity';

export const cohortIdParamsSchema = z.object({ cohortId: z.uuid() });
export const memberParamsSchema = z.object({ cohortId: z.uuid(), memberId: z.uuid() });
export const sessionIdParamsSchema = z.object({ sessionId: z.uuid() });

const cohortName = singleLineText().min(1, 'a name is required').max(80);
const purpose = proseText().max(1000);
const agreementText = proseText().min(20, 'write out the agreement members accept').max(5000);
const formatId = z.enum(formatTemplateIds);

export const createCohortSchema = z.object({
  name: cohortName,
  purpose: purpose.default(''),
  /** Omitted: the default confidentiality agreement. */
  agreementText: agreementText.optional(),
  cadence: cadenceSchema,
  defaultFormat: formatId.default('consultancy'),
});
export type CreateCohort = z.input<typeof createCohortSchema>;
export type NewCohortInput = z.output<typeof createCohortSchema>;

export const updateCohortSchema = z
  .object({
    name: cohortName,
    purpose,
    agreementText,
    cadence: cadenceSchema,
    defaultFormat: formatId,
    /** What members confirm at the door of each session; empty asks nothing. */
    privacyChecklist: privacyItemListSchema,
    /** Any member, not only the guardian, may call a pause; read when a session opens. */
    anyMemberMayPause: z.boolean(),
    /** Days before a note for the presenter is deleted unless the presenter keeps it. */
    notesRetentionDays: z.number().int().min(presenterNoteRules.minRetentionDays).max(presenterNoteRules.maxRetentionDays),
    /** The names of the three areas members rate in their monthly update (renaming keeps the history). */
    updateAreaNames: updateAreaNamesSchema,
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'change at least one field');
export type UpdateCohort = z.input<typeof updateCohortSchema>;

export const addMemberSchema = z.object({
  displayName: displayNameSchema,
  email: emailSchema.optional(),
  timezone: timezoneSchema.optional(),
});
export type AddMember = z.input<typeof addMemberSchema>;

export const updateSessionSchema = z
  .object({
    /** null: choose the presenter by rotation when the session opens. */
    presenterOverrideId: z.uuid().nullable(),
    format: formatId,
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'change at least one field');
export type UpdateSession = z.input<typeof updateSessionSchema>;

export interface MemberSummary {
  id: string;
  displayName: string;
  email: string | null;
  timezone: string | null;
  acceptedCurrentAgreement: boolean;
  joinedAt: number;
}

export interface SessionSummary {
  id: string;
  cohortId: string;
  startsAt: number;
  durationMinutes: number;
  format: string;
  status: 'scheduled' | 'open' | 'ended' | 'cancelled';
  presenterId: string | null;
  presenterOverrideId: string | null;
  doorOpen: boolean;
}

export interface CohortSummary {
  id: string;
  name: string;
  purpose: string;
  cadence: Cadence;
  cadenceDescription: string;
  memberCount: number;
  /** 4–8 is what the practice recommends; outside it the dashboard warns. */
  sizeWarning: string | null;
  nextSession: SessionSummary | null;
}

export interface CohortDetail extends CohortSummary {
  agreementText: string;
  agreementVersion: number;
  defaultFormat: string;
  /** The items members are asked to confirm before entering each session. */
  privacyChecklist: PrivacyItem[];
  /** Any member, not only the guardian, may call a pause in this cohort's sessions. */
  anyMemberMayPause: boolean;
  /** Days before a note for the presenter is deleted unless kept (default 90). */
  notesRetentionDays: number;
  /** The names of the three areas of the monthly update. */
  updateAreaNames: string[];
  facilitators: { id: string; displayName: string }[];
  members: MemberSummary[];
  sessions: SessionSummary[];
  /** Sessions whose presenter has marked their brief ready: the facilitator learns that, never what it says. */
  briefReadySessionIds: string[];
}

/** A personal invite link: shown once to the facilitator, stored only as a hash. */
export interface MemberInvite {
  memberId: string;
  inviteUrl: string;
  expiresAt: number;
}
