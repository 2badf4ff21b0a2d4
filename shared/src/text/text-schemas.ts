import { z } from 'zod';

// Control characters and the Unicode line and paragraph separators: each can end a line in some
// file format, terminal or calendar, so a stored value could smuggle in lines of its own.
const ONE_LINE = /^[^\p{Cc}\p{Zl}\p{Zp}]*$/u;
// Prose may keep its line breaks (LF or CRLF), nothing else invisible.
const PROSE = /^(?:[^\p{Cc}\p{Zl}\p{Zp}]|\r?\n)*$/u;

/** A name, title or address: one line, trimmed, without control characters. */
export function singleLineText(): z.ZodString {
  return z.string().trim().regex(ONE_LINE, 'use one line, without control characters');
}

/** Free prose (a purpose, an agreement, a commitment, a question): line breaks are allowed. */
export function proseText(): z.ZodString {
  return z.string().trim().regex(PROSE, 'no control characters (line breaks are fine)');
}
