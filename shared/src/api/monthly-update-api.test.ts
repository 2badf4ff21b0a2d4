import { describe, expect, it } from 'vitest';
import { monthlyUpdateSchema, updateAreaNamesSchema } from './monthly-update-api';

const areas = [
  { rating: 7, line: 'A new team' },
  { rating: 5, line: '' },
  { rating: 9, line: 'Running again' },
];
const valid = { areas, topics: [{ title: 'Whether to go part time', rank: 1, mightPresent: true }], shareWithFacilitator: false };

describe('monthlyUpdateSchema', () => {
  it.each<[string, unknown]>([
    ['three areas and a topic', valid],
    ['no topics', { ...valid, topics: [] }],
    ['three topics with distinct ranks', { ...valid, topics: [3, 1, 2].map((rank) => ({ title: `Topic ${rank}`, rank, mightPresent: rank === 1 })) }],
    ['ratings at both ends', { ...valid, areas: [{ rating: 1, line: '' }, { rating: 10, line: '' }, { rating: 5, line: 'x'.repeat(200) }] }],
  ])('accepts %s', (_name, input) => {
    expect(monthlyUpdateSchema.safeParse(input).success).toBe(true);
  });

  it('trims lines and titles', () => {
    const parsed = monthlyUpdateSchema.parse({ ...valid, areas: [{ rating: 7, line: '  fine  ' }, areas[1], areas[2]], topics: [{ title: ' T ', rank: 1, mightPresent: false }] });
    expect(parsed.areas[0]!.line).toBe('fine');
    expect(parsed.topics[0]!.title).toBe('T');
  });

  it.each<[string, unknown]>([
    ['two areas', { ...valid, areas: areas.slice(0, 2) }],
    ['four areas', { ...valid, areas: [...areas, areas[0]] }],
    ['a rating of 0', { ...valid, areas: [{ rating: 0, line: '' }, areas[1], areas[2]] }],
    ['a rating of 11', { ...valid, areas: [{ rating: 11, line: '' }, areas[1], areas[2]] }],
    ['a fractional rating', { ...valid, areas: [{ rating: 6.5, line: '' }, areas[1], areas[2]] }],
    ['a rating as text', { ...valid, areas: [{ rating: '6', line: '' }, areas[1], areas[2]] }],
    ['a line of 201 characters', { ...valid, areas: [{ rating: 6, line: 'x'.repeat(201) }, areas[1], areas[2]] }],
    ['a line break in a line', { ...valid, areas: [{ rating: 6, line: 'a\nb' }, areas[1], areas[2]] }],
    ['a control character in a line', { ...valid, areas: [{ rating: 6, line: 'bell\u0007' }, areas[1], areas[2]] }],
    ['four topics', { ...valid, topics: [1, 2, 3, 3].map((rank) => ({ title: 'T', rank, mightPresent: false })) }],
    ['two topics of the same rank', { ...valid, topics: [1, 1].map((rank) => ({ title: 'T', rank, mightPresent: false })) }],
    ['a rank of 4', { ...valid, topics: [{ title: 'T', rank: 4, mightPresent: false }] }],
    ['an empty topic title', { ...valid, topics: [{ title: '  ', rank: 1, mightPresent: false }] }],
    ['a topic title of 121 characters', { ...valid, topics: [{ title: 'x'.repeat(121), rank: 1, mightPresent: false }] }],
    ['a topic of an unknown urgency', { ...valid, topics: [{ title: 'T', rank: 1, mightPresent: true, urgency: 'urgent' }] }],
    ['a topic without mightPresent', { ...valid, topics: [{ title: 'T', rank: 1 }] }],
    ['no share choice', { areas, topics: [] }],
    ['a member id riding along', { ...valid, memberId: 'someone-else' }],
    ['an area with an extra field', { ...valid, areas: [{ rating: 6, line: '', name: 'money' }, areas[1], areas[2]] }],
  ])('refuses %s', (_name, input) => {
    expect(monthlyUpdateSchema.safeParse(input).success).toBe(false);
  });
});

describe('updateAreaNamesSchema', () => {
  it('accepts three distinct one-line names, trimmed', () => {
    expect(updateAreaNamesSchema.parse([' Career', 'People ', 'Me'])).toEqual(['Career', 'People', 'Me']);
  });

  it.each([
    ['empty', ['a', '', 'c']],
    ['blank', ['a', '  ', 'c']],
    ['too long', ['a', 'x'.repeat(41), 'c']],
    ['a control character', ['a', 'b\u0000', 'c']],
    ['a tab', ['a', 'b\tc', 'd']],
    ['the same name twice, ignoring case', ['Work', 'work', 'self']],
    ['two names', ['a', 'b']],
    ['four names', ['a', 'b', 'c', 'd']],
  ])('refuses %s', (_what, names) => {
    expect(updateAreaNamesSchema.safeParse(names).success).toBe(false);
  });
});
