import { describe, expect, it } from 'vitest';
import { helpfulnessSchema, savePresenterBriefSchema } from './presenter-brief-api';

describe('savePresenterBriefSchema', () => {
  it('accepts a draft with nothing written yet', () => {
    expect(savePresenterBriefSchema.safeParse({ ready: false, keep: false }).success).toBe(true);
  });

  it('refuses to mark a brief ready without the issue in one sentence', () => {
    expect(savePresenterBriefSchema.safeParse({ ready: true, keep: false, stakes: 'A lot' }).success).toBe(false);
    expect(savePresenterBriefSchema.safeParse({ ready: true, keep: false, issue: '   ' }).success).toBe(false);
    expect(savePresenterBriefSchema.safeParse({ ready: true, keep: false, issue: 'Whether to leave my job.' }).success).toBe(true);
  });

  it.each([
    ['an issue over one line', { issue: 'first\nsecond' }],
    ['a control character', { background: 'hidden\u0007bell' }],
    ['a line separator in prose', { feelings: 'one\u2028two' }],
    ['an oversize issue', { issue: 'x'.repeat(301) }],
    ['oversize background', { background: 'x'.repeat(4001) }],
    ['an unknown field', { presenterId: '3f1c2a4e-1111-4222-8333-444455556666' }],
    ['a non-string field', { options: 42 }],
  ])('refuses %s', (_what, fields) => {
    expect(savePresenterBriefSchema.safeParse({ ready: false, keep: false, ...fields }).success).toBe(false);
  });

  it('keeps line breaks in prose and trims the edges', () => {
    const parsed = savePresenterBriefSchema.parse({ ready: false, keep: true, tried: '  Talked to her.\nWrote it down.  ' });
    expect(parsed.tried).toBe('Talked to her.\nWrote it down.');
  });
});

describe('helpfulnessSchema', () => {
  it('takes yes, partly or no, with optional words', () => {
    expect(helpfulnessSchema.safeParse({ answer: 'partly', words: 'The questions helped.' }).success).toBe(true);
    expect(helpfulnessSchema.safeParse({ answer: 'no' }).success).toBe(true);
    expect(helpfulnessSchema.safeParse({ answer: 'maybe' }).success).toBe(false);
    expect(helpfulnessSchema.safeParse({ answer: 'yes', words: 'x'.repeat(1001) }).success).toBe(false);
    expect(helpfulnessSchema.safeParse({ answer: 'yes', words: 'a\u0000b' }).success).toBe(false);
  });
});
