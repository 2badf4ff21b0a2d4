/**
 * Spots advice dressed up as a question ("Have you considered…?") in curious-questions-only
 * phases. A flag never blocks a question: the member is invited to rephrase.
 */
export type AdviceReason =
  | 'you-should'
  | 'have-you-considered'
  | 'why-dont-you'
  | 'i-would'
  | 'you-need-to'
  | 'no-question';

export interface AdviceCheck {
  looksLikeAdvice: boolean;
  reasons: AdviceReason[];
}

const advicePatterns: [AdviceReason, RegExp][] = [
  ['you-should', /\byou\s+(should|shouldn't|should not|'d better|had better)\b/],
  // "Have you tried X?" suggests X; "What have you tried?" asks.
  [
    'have-you-considered',
    /(?<!\b(what|which|who|how|where|when|why)\b[^.?!,;]*)\b(have|did)\s+you\s+(ever\s+|not\s+)?(consider(ed)?|thought\s+about|think\s+about|tried|try)\b/,
  ],
  ['why-dont-you', /\bwhy\s+(don't|do\s+not|not)\b/],
  // "I'd be curious…" and "I would love to hear…" are curiosity, not advice.
  ['i-would', /\b(i\s+would|i'd)\b(?!\s+(like|love|be\s+curious|be\s+interested|wonder|appreciate))|\bif\s+i\s+were\s+you\b/],
  // "What do you need to feel ready?" asks; "You need to…" tells.
  ['you-need-to', /(?<!\b(do|did|does|would|will)\s+)\byou\s+(need\s+to|ought\s+to|must|have\s+to|have\s+got\s+to|'ve\s+got\s+to)\b/],
];

export function checkForAdvice(text: string): AdviceCheck {
  const normalized = text.toLowerCase().replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'");
  const reasons: AdviceReason[] = advicePatterns
    .filter(([, pattern]) => pattern.test(normalized))
    .map(([reason]) => reason);
  if (!/[?\uff1f]/.test(normalized)) reasons.push('no-question');
  return { looksLikeAdvice: reasons.length > 0, reasons };
}
