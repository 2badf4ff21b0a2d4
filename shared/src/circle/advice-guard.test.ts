import { describe, expect, it } from 'vitest';
import { checkForAdvice, type AdviceReason } from './advice-guard';

describe('checkForAdvice', () => {
  it.each<[string, AdviceReason[]]>([
    ['You should delegate.', ['you-should', 'no-question']],
    ['Have you considered hiring?', ['have-you-considered']],
    ['HAVE YOU THOUGHT ABOUT a coach?', ['have-you-considered']],
    ['Have you ever tried saying no?', ['have-you-considered']],
    ['Did you consider a pilot first?', ['have-you-considered']],
    ['Fair enough. So, have you tried yoga?', ['have-you-considered']],
    ['Why don’t you ask the board?', ['why-dont-you']],
    ["Why don't you ask the board?", ['why-dont-you']],
    ['Why not just reorganise?', ['why-dont-you']],
    ['I would talk to her first, no?', ['i-would']],
    ['I’d push back on that, wouldn’t you?', ['i-would']],
    ['If I were you, would I wait?', ['i-would']],
    ['You need to set a deadline?', ['you-need-to']],
    ['Surely you ought to tell them?', ['you-need-to']],
    ['You must escalate this', ['you-need-to', 'no-question']],
    ['Shouldn’t you have seen it coming? You should have.', ['you-should']],
    ['I am curious about your team.', ['no-question']],
  ])('flags %j for %j', (text, reasons) => {
    expect(checkForAdvice(text)).toEqual({ looksLikeAdvice: true, reasons });
  });

  it.each([
    'What would success look like for you?',
    'What do you need to feel ready?',
    'What have you tried so far?',
    'What else have you considered?',
    'Why does this matter to you now?',
    'I’d be curious: what scares you about it?',
    'I would love to hear: who else cares?',
    'What would you do if you knew you could not fail?',
    'How would your team describe the problem?',
    'Where do you feel you have the most freedom？',
  ])('lets %j through', (text) => {
    expect(checkForAdvice(text)).toEqual({ looksLikeAdvice: false, reasons: [] });
  });
});
