// Control characters and Unicode line/paragraph separators: any of them could end a calendar line
// (or look like it to some client) and let stored text write properties of its own.
const LINE_BREAKERS = /[\p{Cc}\p{Zl}\p{Zp}]+/gu;

/** Text meant for one calendar line (a name, a title): every run of line breakers becomes a space. */
export function oneLineText(value: string): string {
  return value.replace(LINE_BREAKERS, ' ').trim();
}

/**
 * RFC 5545 TEXT escaping (backslash, semicolon, comma, newline), for the values ical-generator
 * writes as given: the calendar name (NAME, X-WR-CALNAME). Line folding is the generator's.
 */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\r\n|\r|\n/g, '\\n');
}
