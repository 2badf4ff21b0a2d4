import { describe, expect, it } from 'vitest';
import { displayNameSchema, roomIdSchema } from './identifiers';

describe('roomIdSchema', () => {
  it.each([
    ['Monday-Circle', 'monday-circle'],
    ['  q3_leads ', 'q3_leads'],
    ['a', 'a'],
  ])('normalises %j to %j', (input, expected) => {
    expect(roomIdSchema.parse(input)).toBe(expected);
  });

  it.each(['', '-starts-with-dash', 'has space', '../etc', 'x'.repeat(65), 'ümlaut'])('rejects %j', (input) => {
    expect(roomIdSchema.safeParse(input).success).toBe(false);
  });
});

describe('displayNameSchema', () => {
  it('trims and accepts unicode names', () => {
    expect(displayNameSchema.parse('  Zoë Ødegaard ')).toBe('Zoë Ødegaard');
  });

  it.each(['', '   ', 'x'.repeat(61), 'line\nbreak', 'bell\u0007'])('rejects %j', (input) => {
    expect(displayNameSchema.safeParse(input).success).toBe(false);
  });
});
