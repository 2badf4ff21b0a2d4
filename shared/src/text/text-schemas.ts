import { z } from 'zod';

// Control characters and the Unicode line and paragraph separators: each can end a line in some
// file format, terminal or calendar, so a stored value could smuggle in lines of its own. Nor the
// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): in a name they
// make what others read differ from what is stored ("Maya" + RLO + "ecnelis" shows as "Mayasilence").
// The marks a right-to-left name needs (U+200E, U+200F) and the joiners of emoji stay allowed.
const BIDI_CONTROLS = '\\u202A-\\u202E\\u2066-\\u2069';
const ONE_LINE = new RegExp(`^[^\\p{Cc}\\p{Zl}\\p{Zp}${BIDI_CONTROLS}]*$`, 'u');
const ANY_BIDI_CONTROL = new RegExp(`[${BIDI_CONTROLS}]`, 'gu');
// Prose may keep its line breaks (LF or CRLF), nothing else invisible.
const PROSE = /^(?:[^\p{Cc}\p{Zl}\p{Zp}]|\r?\n)*$/u;

/** A name, title or address: one line, trimmed, without control characters. */
export function singleLineText(): z.ZodString {
  return z.string().trim().regex(ONE_LINE, 'use one line, without control characters');
}

/** A one-line text stored before bidirectional controls were refused, without them. */
export function withoutBidiControls(text: string): string {
  return text.replace(ANY_BIDI_CONTROL, '');
}

/** Free prose (a purpose, an agreement, a commitment, a question): line breaks are allowed. */
export function proseText(): z.ZodString {
  return z.string().trim().regex(PROSE, 'no control characters (line breaks are fine)');
}
