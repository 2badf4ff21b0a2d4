import { gestaltRules, type GestaltRule } from './gestalt-rules';

/**
 * The Gestalt guard for curious-questions-only phases (after EO Forum's protocol): questions ask
 * how and what from curiosity, and carry no advice, suggestion or expected answer. A flag never
 * blocks a question: the member is invited to rephrase.
 */
export type AdviceReason = GestaltRule | 'no-question';

export interface AdviceCheck {
  looksLikeAdvice: boolean;
  reasons: AdviceReason[];
}

// "I'd be interested to hear…", "I wonder…", "Tell me more…" invite an answer without a question mark.
const curiousInvitation =
  /(?:^|[.!]\s+)(?:(?:i'm|i\s+am|i'd\s+be|i\s+would\s+be|i\s+was)\s+(?:curious|interested|wondering|intrigued)|i\s+wonder|(?:tell|show)\s+(?:me|us)|(?:say|share)\s+more|(?:i'd|i\s+would)\s+(?:love|like)\s+to\s+(?:hear|know|understand))\b/;

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/\uff1f/g, '?')
    .replace(/\s+/g, ' ')
    .trim();
}

export function checkForAdvice(text: string): AdviceCheck {
  const normalized = normalize(text);
  const reasons: AdviceReason[] = gestaltRules.filter(([, pattern]) => pattern.test(normalized)).map(([reason]) => reason);
  if (!normalized.includes('?') && !curiousInvitation.test(normalized)) reasons.push('no-question');
  return { looksLikeAdvice: reasons.length > 0, reasons };
}
