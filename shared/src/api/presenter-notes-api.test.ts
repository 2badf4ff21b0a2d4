import { describe, expect, it } from 'vitest';
import { keepPresenterNoteSchema, presenterNoteRules, presenterNoteSchema } from './presenter-notes-api';

describe('presenterNoteSchema', () => {
  it.each([
    [{ text: 'You seemed lighter at the end' }, { text: 'You seemed lighter at the end', anonymous: false }],
    [{ text: '  Two lines\nof reflection  ', anonymous: true }, { text: 'Two lines\nof reflection', anonymous: true }],
    [{ text: 'x'.repeat(presenterNoteRules.textMaxChars) }, { text: 'x'.repeat(presenterNoteRules.textMaxChars), anonymous: false }],
  ])('accepts %j', (input, parsed) => {
    expect(presenterNoteSchema.parse(input)).toEqual(parsed);
  });

  it.each([
    ['empty', { text: '   ' }],
    ['too long', { text: 'x'.repeat(presenterNoteRules.textMaxChars + 1) }],
    ['a control character', { text: 'bell\u0007' }],
    ['a line separator', { text: 'a\u2028b' }],
    ['a forged presenter', { text: 'hi', presenterId: '7d1f4a43-9a4c-4c3b-9a57-0d3f7e1b8b11' }],
    ['a forged author', { text: 'hi', authorId: '7d1f4a43-9a4c-4c3b-9a57-0d3f7e1b8b11' }],
    ['a non-boolean anonymous', { text: 'hi', anonymous: 'yes' }],
    ['no text', {}],
  ])('refuses %s', (_case, input) => {
    expect(presenterNoteSchema.safeParse(input).success).toBe(false);
  });

  it('keeping takes a boolean and nothing else', () => {
    expect(keepPresenterNoteSchema.safeParse({ kept: true }).success).toBe(true);
    expect(keepPresenterNoteSchema.safeParse({ kept: 'true' }).success).toBe(false);
    expect(keepPresenterNoteSchema.safeParse({ kept: true, presenterId: 'x' }).success).toBe(false);
  });
});
