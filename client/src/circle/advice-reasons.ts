import type { AdviceCheck, AdviceReason } from '@peercircle/shared';

const reasonText: Record<AdviceReason, string> = {
  'you-should': 'it says what they "should" do',
  'have-you-considered': 'it suggests an answer ("have you considered…")',
  'why-dont-you': '"why don\'t you…" proposes a solution',
  'i-would': 'it says what you would do',
  'you-need-to': 'it tells them what they need to do',
  'no-question': 'it has no question mark',
};

/** The advice guard's reasons in plain words, for the composer's hint and the facilitator's flag. */
export function adviceReasons(check: AdviceCheck): string {
  return check.reasons.map((reason) => reasonText[reason]).join('; ');
}
