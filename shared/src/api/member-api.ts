import { z } from 'zod';
import { proseText } from '../text/text-schemas';
import type { SessionSummary } from './cohort-api';

export const acceptAgreementSchema = z.object({ version: z.number().int().min(1) });
export type AcceptAgreement = z.input<typeof acceptAgreementSchema>;

export const commitmentSchema = z.object({
  text: proseText().min(1, 'write your commitment').max(500, 'at most 500 characters'),
  visibility: z.enum(['private', 'shared']),
});
export type NewCommitment = z.input<typeof commitmentSchema>;

export const commitmentIdParamsSchema = z.object({ commitmentId: z.uuid() });

export interface Commitment {
  id: string;
  sessionId: string;
  text: string;
  visibility: 'private' | 'shared';
  createdAt: number;
}

export interface MemberHome {
  member: { id: string; displayName: string; timezone: string | null };
  cohort: { id: string; name: string; purpose: string; cadenceDescription: string };
  agreement: { text: string; version: number; accepted: boolean };
  nextSession: SessionSummary | null;
  /** "Update due": the next session is at most five days away and the member has not submitted their monthly update. */
  updateDue: boolean;
  /** Personal feed URL with a secret in it: subscribe once, sessions appear as they are scheduled. */
  calendarUrl: string;
  commitments: Commitment[];
  /**
   * The session whose commitments can be written now: the latest that has begun. They stay open
   * after it ends, until the next session's check-in starts. Null before the first session.
   */
  commitmentSession: { sessionId: string; startsAt: number } | null;
}

/** A member's own commitments from one session, and whether they can still write or change them. */
export interface SessionCommitments {
  sessionId: string;
  sessionStartsAt: number;
  /** Until the next session's check-in starts. */
  open: boolean;
  commitments: Commitment[];
}

/** What the console shows at check-in: each member's commitment from their previous session. */
export interface PreviousCommitment {
  memberId: string;
  displayName: string;
  text: string;
  fromSessionStartsAt: number;
}
