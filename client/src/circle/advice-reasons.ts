import type { AdviceCheck, AdviceReason } from '@peercircle/shared';

const reasonText: Record<AdviceReason, string> = {
  'you-should': 'it says what they "should" do',
  'have-you-considered': 'it suggests an answer ("have you considered…")',
  'why-dont-you': '"why don\'t you…" proposes a solution',
  'i-would': 'it says what you would do',
  'you-need-to': 'it tells them what they need to do',
  'negative-question': 'a question like "wouldn\'t it…" or "isn\'t the answer…" already holds its answer',
  'what-if': '"what if you…" or "how about…" offers your solution',
  'hedged-suggestion': '"perhaps try…" or "it could help to…" is still a suggestion',
  'recommendation': 'it recommends what they should do',
  'leading-question': 'it leads them to an answer you have in mind',
  'just-simply': '"just" or "simply" hands them an easy answer',
  'modal-suggestion': 'a yes-or-no question like "could you…?" or "is X an option?" proposes your idea',
  'no-question': 'it has no question mark',
};

/** The advice guard's reasons in plain words, for the composer's hint and the facilitator's flag. */
export function adviceReasons(check: AdviceCheck): string {
  return check.reasons.map((reason) => reasonText[reason]).join('; ');
}
