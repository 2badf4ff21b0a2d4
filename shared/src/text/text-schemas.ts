import { z } from 'zod';

// Control characters and the Unicode line and paragraph separators: each can end a line in some
// file format, terminal or calendar, so a stored value could smuggle in lines of its own. Nor the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a name they
// make what others read differ from what is stored ("Maya" + RLO + "ecnelis" shows as "Mayasilence").
// The marks a right-to-left name needs (U+200E, U+200F) and the joiners of emoji stay allowed.
const ONE_LINE = /^[^\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]*$/u;
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
