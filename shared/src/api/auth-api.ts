import { z } from 'zod';
import { displayNameSchema } from '../protocol/identifiers';
import { timezoneSchema } from '../cohort/cadence';
import { emailSchema, passwordSchema, type Identity } from './identity';

export const facilitatorSignupSchema = z.object({
  email: emailSchema,
  displayName: displayNameSchema,
  password: passwordSchema,
  timezone: timezoneSchema.default('UTC'),
});
export type FacilitatorSignup = z.input<typeof facilitatorSignupSchema>;

export const loginRequestSchema = z.object({ email: emailSchema, password: z.string().min(1, 'enter your password').max(200) });
export type LoginRequest = z.input<typeof loginRequestSchema>;

/** A one-time link's secret: 128 bits as 22 URL-safe characters. */
export const linkTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'this link is not valid');

export const redeemInviteSchema = z.object({ token: linkTokenSchema });
export type RedeemInvite = z.input<typeof redeemInviteSchema>;

export interface MeResponse {
  identity: Identity;
}

/** Where to go after following an invite: the member's home or a live session. */
export interface RedeemInviteResponse {
  identity: Identity;
  next: string;
}
