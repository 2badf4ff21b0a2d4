import { z } from 'zod';

/** Who a signed-in browser is. Decided on the server from the login cookie, never from a payload. */
export type Identity =
  | { kind: 'facilitator'; id: string; displayName: string }
  | { kind: 'member'; id: string; displayName: string; cohortId: string };

export const emailSchema = z.email('enter an email address').max(254).transform((email) => email.toLowerCase());

/** Long enough to resist guessing; no composition rules (they make passwords worse, not better). */
export const passwordSchema = z.string().min(12, 'use at least 12 characters').max(200);
