import { z } from 'zod';
import { singleLineText } from '../text/text-schemas';

/** A room name as it appears in `/r/<room>`: case-insensitive, stored lower-case. */
export const roomIdSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'use 1–64 letters, digits, "-" or "_"');

export const displayNameSchema = singleLineText().min(1, 'a name is required').max(60, 'at most 60 characters');

/** Ids the server hands out (participants, transports, producers, consumers) are UUIDs. */
export const serverIdSchema = z.uuid();

export type RoomId = z.infer<typeof roomIdSchema>;
