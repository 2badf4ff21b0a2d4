import { describe, expect, it } from 'vitest';
import { checkForAdvice, type AdviceReason } from './advice-guard';

describe('checkForAdvice: which rule fired', () => {
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
    ['Why wouldn’t you promote her now?', ['why-dont-you']],
    ['I would talk to her first, no?', ['i-would', 'leading-question']],
    ['I’d push back on that, wouldn’t you?', ['i-would', 'negative-question', 'leading-question']],
    ['If I were you, would I wait?', ['i-would']],
    ['You need to set a deadline?', ['you-need-to']],
    ['Surely you ought to tell them?', ['you-need-to', 'leading-question']],
    ['You must escalate this', ['you-need-to', 'no-question']],
    ['Shouldn’t you have seen it coming? You should have.', ['you-should', 'negative-question']],
    ['You’d better tell the board first?', ['you-should']],
    ['One should never hire a friend?', ['you-should']],
    ['Wouldn’t it be kinder to tell him now?', ['negative-question']],
    ['Isn’t the answer to hire a COO?', ['negative-question']],
    ['Don’t you think the board already knows?', ['negative-question']],
    ['Do you not think the reorg is rushed?', ['negative-question']],
    ['Could you not simply ask her?', ['negative-question', 'just-simply', 'modal-suggestion']],
    ['What if you just paused the reorg?', ['what-if']],
    ['How about promoting from within?', ['what-if']],
    ['What about offering a sabbatical?', ['what-if']],
    ['Perhaps try a shorter week?', ['hedged-suggestion']],
    ['It could help to write it down?', ['hedged-suggestion']],
    ['Consider a phased layoff — how would that feel?', ['hedged-suggestion']],
    ['Would it make sense to hire a recruiter?', ['hedged-suggestion']],
    ['You might want to check the contract?', ['hedged-suggestion']],
    ['I’d suggest a pilot — thoughts?', ['recommendation']],
    ['My advice is to wait. Does that fit?', ['recommendation']],
    ['Is it possible you’re avoiding her?', ['leading-question']],
    ['It’s time to let him go, right?', ['leading-question']],
    ['Would you agree the hire was rushed?', ['leading-question']],
    ['So you just keep going?', ['just-simply']],
    ['What’s wrong with simply asking?', ['just-simply']],
    ['Could you move the offsite?', ['modal-suggestion']],
    ['Should the board decide?', ['modal-suggestion']],
    ['Might a coach be the way in?', ['modal-suggestion']],
    ['Is a hiring freeze an option?', ['modal-suggestion']],
    ['Would you consider a pilot?', ['have-you-considered']],
    ['Are you sure she wants it?', ['leading-question']],
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
    'What would you do if you weren’t afraid?',
    'How would your team describe the problem?',
    'Where do you feel you have the most freedom？',
    'What do you think you should do?',
    'What options do you see?',
    'What about this frightens you?',
    'Have you ever been here before?',
    // Invitations to speak need no question mark.
    'I’d be interested to hear how the board took it.',
    'I am curious about your team.',
    'Could you tell us what happened next?',
    'Can you see yourself staying?',
    'Tell me more about the first reorg.',
  ])('lets %j through', (text) => {
    expect(checkForAdvice(text)).toEqual({ looksLikeAdvice: false, reasons: [] });
  });

  it('still asks for a question when a statement is not an invitation', () => {
    expect(checkForAdvice('The board is tough.').reasons).toEqual(['no-question']);
  });
});
