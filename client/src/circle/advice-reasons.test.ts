import { checkForAdvice } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { adviceReasons } from './advice-reasons';

describe('adviceReasons', () => {
  it("puts the advice guard's reasons in plain words", () => {
    expect(adviceReasons(checkForAdvice('You should quit.'))).toBe('it says what they "should" do; it has no question mark');
  });

  it('explains advice dressed as a question, one reason after another', () => {
    expect(adviceReasons(checkForAdvice('Wouldn’t it help to take a week off?'))).toBe(
      'a question like "wouldn\'t it…" or "isn\'t the answer…" already holds its answer; ' +
        '"perhaps try…" or "it could help to…" is still a suggestion',
    );
  });

  it('says nothing for a curious question', () => {
    expect(adviceReasons(checkForAdvice('What options do you see?'))).toBe('');
  });
});
