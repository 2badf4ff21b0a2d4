import { describe, expect, it } from 'vitest';
import { facilitatorSignupSchema, loginRequestSchema } from '../api/auth-api';
import { addMemberSchema, createCohortSchema, updateCohortSchema } from '../api/cohort-api';
import { commitmentSchema } from '../api/member-api';
import { facilitatorCommandSchemas, memberCommandSchemas } from '../circle/commands';
import { z } from 'zod';
import { proseText, singleLineText } from './text-schemas';

const cadence = { weekOfMonth: 1, weekday: 'tuesday', startTime: '17:00', timezone: 'Europe/Berlin', durationMinutes: 120 };
const agreement = 'What is said here stays here, always.';
const notOnOneLine: [string, string][] = [
  ['CR LF', '\r\n'],
  ['LF', '\n'],
  ['CR', '\r'],
  ['U+2028 line separator', '\u2028'],
  ['U+2029 paragraph separator', '\u2029'],
  ['U+0085 next line', '\u0085'],
  ['vertical tab', '\u000b'],
  ['NUL', '\u0000'],
  ['ESC', '\u001b'],
  ['DEL', '\u007f'],
  ['tab', '\t'],
  ['U+202E right-to-left override', '\u202e'],
  ['U+202A left-to-right embedding', '\u202a'],
  ['U+2067 right-to-left isolate', '\u2067'],
  ['U+2069 pop directional isolate', '\u2069'],
];
const notInProse: [string, string][] = [
  ['BEL', '\u0007'],
  ['NUL', '\u0000'],
  ['an ANSI escape', '\u001b[31m'],
  ['U+2028 line separator', '\u2028'],
  ['vertical tab', '\u000b'],
  ['a lone CR', '\r'],
  ['tab', '\t'],
];

const issues = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
};

describe('one-line texts (names, titles, addresses)', () => {
  const oneLiners: [string, z.ZodType, (text: string) => unknown][] = [
    ['cohort name', createCohortSchema, (name) => ({ name, cadence })],
    ['cohort rename', updateCohortSchema, (name) => ({ name })],
    ['member display name', addMemberSchema, (displayName) => ({ displayName })],
    ['facilitator display name', facilitatorSignupSchema, (displayName) => ({ email: 'fay@example.org', displayName, password: 'a long enough password' })],
    ['member email', addMemberSchema, (email) => ({ displayName: 'Maya', email })],
    ['sign-in email', loginRequestSchema, (email) => ({ email, password: 'x' })],
  ];

  it.each(oneLiners.flatMap(([label, schema, body]) => notOnOneLine.map(([name, breaker]) => [label, name, schema, body(`maya${breaker}x@example.org`)] as const)))(
    '%s with %s is refused',
    (_label, _breaker, schema, value) => {
      expect(issues(schema, value).length).toBeGreaterThan(0);
    },
  );

  it('says what is wrong', () => {
    expect(issues(createCohortSchema, { name: 'Leaders\r\nATTENDEE:x', cadence })).toEqual(['use one line, without control characters']);
  });

  it.each(['Zoë Ødegaard', 'Leaders; Berlin, Hamburg \\ more', '李小龙', 'Café 👩🏽‍💻', 'מאיה\u200f כהן', 'Noor \u200eAl-Amin'])('%j is a fine name', (name) => {
    expect(issues(createCohortSchema, { name, cadence })).toEqual([]);
    expect(issues(addMemberSchema, { displayName: name })).toEqual([]);
  });
});

describe('prose (purpose, agreement, commitments, questions)', () => {
  const proses: [string, z.ZodType, (text: string) => unknown][] = [
    ['purpose', createCohortSchema, (purpose) => ({ name: 'Leaders', cadence, purpose })],
    ['agreement', updateCohortSchema, (text) => ({ agreementText: `${agreement}${text}` })],
    ['commitment', commitmentSchema, (text) => ({ text, visibility: 'private' })],
  ];

  it.each(proses)('%s keeps line breaks', (_label, schema, body) => {
    expect(issues(schema, body('First line\nsecond line\r\nthird'))).toEqual([]);
  });

  it.each(proses.flatMap(([label, schema, body]) => notInProse.map(([name, bad]) => [label, name, schema, body(`a${bad}b`)] as const)))(
    '%s with %s is refused',
    (_label, _bad, schema, value) => {
      expect(issues(schema, value)).toContain('no control characters (line breaks are fine)');
    },
  );

  const accepts = (schemas: readonly z.ZodType[], command: unknown) => schemas.some((schema) => schema.safeParse(command).success);

  it('a question asked in a session follows the same rule', () => {
    expect(accepts(memberCommandSchemas, { type: 'question.submit', text: 'What if\nyou tried?', anonymous: false })).toBe(true);
    expect(accepts(memberCommandSchemas, { type: 'question.submit', text: 'What\u0007', anonymous: false })).toBe(false);
  });

  it('a phase title is one line', () => {
    const phase = (title: string) => ({ type: 'agenda.updatePhases', phases: [{ phaseId: 'p', title, kind: 'check-in', floorRule: 'round', plannedMs: 60_000 }] });
    expect(accepts(facilitatorCommandSchemas, phase('Check-in'))).toBe(true);
    expect(accepts(facilitatorCommandSchemas, phase('Check-in\r\nX'))).toBe(false);
  });
});

describe('the building blocks', () => {
  it('trim before they judge', () => {
    expect(singleLineText().parse('  Leaders \n')).toBe('Leaders');
    expect(proseText().parse('\n Stays here. \n')).toBe('Stays here.');
  });
});
