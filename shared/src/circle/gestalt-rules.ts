/**
 * The Gestalt guard's rules: each names what it found and matches lower-case text with straight
 * apostrophes. A question may carry the asker's answer in many wordings; each rule covers one family.
 */
export type GestaltRule =
  | 'you-should'
  | 'have-you-considered'
  | 'why-dont-you'
  | 'i-would'
  | 'you-need-to'
  | 'negative-question'
  | 'what-if'
  | 'hedged-suggestion'
  | 'recommendation'
  | 'leading-question'
  | 'just-simply'
  | 'modal-suggestion';

const whWord = String.raw`\b(?:what|which|who|whom|how|where|when|why)\b`;
// "What do you think you should do?" asks for their view: a wh-word earlier in the clause exempts it.
const notAfterWh = String.raw`(?<!${whWord}[^.?!,;]*)`;
// A sentence or a dash-separated part begins; "so", "and" or "but" may lead in.
const sentenceStart = String.raw`(?:^|[.?!;:\u2014\u2013]\s*|\s-\s+)(?:(?:so|and|but|then|well|ok|okay|honestly)\s*,?\s+)?`;
// As above, and also after a comma ("Fair enough, wouldn't…").
const clauseStart = String.raw`(?:^|[.?!;:,\u2014\u2013]\s*|\s-\s+)(?:(?:so|and|but|then|well|ok|okay|honestly)\s*,?\s+)?`;

const negativeAuxiliary = String.raw`(?:wouldn't|isn't|shouldn't|don't|doesn't|can't|couldn't|aren't|won't|haven't|hasn't|didn't|mustn't|wasn't)`;
const anySubject = String.raw`(?:you|it|that|this|one|we|they|he|she|there)`;
// Verbs a bare imperative suggestion starts with; "tell me…" and "say more…" invite, so they are not here.
const adviceVerb = String.raw`(?:consider|try|just|ask|talk|speak|take|delegate|hire|fire|give|offer|start|stop|make|get|bring|go|write|set|focus|call|have\s+a|think\s+about|tell\s+(?!me\b|us\b))`;

// Yes-or-no openings that invite the presenter to speak rather than to act.
const invitationVerb = String.raw`(?:tell|say|share|describe|walk|explain|expand|clarify|help\s+us|give\s+(?:us|me|an\s+example)|see|feel|notice|remember|recall|imagine|picture|name|think\s+of\s+a\s+time|be\s+(?:willing|able)\s+to|like\s+to)\b`;

const rx = (source: string) => new RegExp(source);

export const gestaltRules: [GestaltRule, RegExp][] = [
  ['you-should', rx(String.raw`${notAfterWh}\b(?:you|one)(?:\s+should|\s+shouldn't|'d\s+better|\s+had\s+better|\s+would\s+do\s+well\s+to)\b`)],
  // "Have you tried X?" and "Would you consider X?" suggest X; "What have you tried?" asks.
  [
    'have-you-considered',
    rx(String.raw`${notAfterWh}\b(?:have|had|did|would|will)\s+you\s+(?:ever\s+|not\s+)?(?:consider(?:ed)?|thought\s+(?:about|of)|think\s+(?:about|of)|tried|try|looked\s+(?:into|at)|explored|weighed)\b`),
  ],
  // "Why not…", "Why don't you…", "Why wouldn't you…": a proposal, or a reproach for not following one.
  ['why-dont-you', rx(String.raw`\bwhy\s+(?:not|${negativeAuxiliary}|(?:do|does|would|could|can|should|did)\s+(?:you|we)\s+not)\b`)],
  // "I'd be curious…" and "I would love to hear…" are curiosity; "I'd suggest…" is a recommendation.
  [
    'i-would',
    /\b(?:i\s+would|i'd)\b(?!\s+(?:like|love|be\s+curious|be\s+interested|wonder|appreciate|suggest|recommend|advise|propose))|\bif\s+i\s+were\s+you\b/,
  ],
  // "What do you need to feel ready?" asks; "You need to…" tells.
  ['you-need-to', rx(String.raw`${notAfterWh}(?<!\b(?:do|did|does|would|will)\s+)\b(?:you|one)\s+(?:need\s+to|ought\s+to|must|have\s+to|have\s+got\s+to|'ve\s+got\s+to)\b`)],
  // "Wouldn't it be better…", "Isn't the answer…", "Do you not think…": the question holds its answer.
  ['negative-question', rx(String.raw`${clauseStart}${negativeAuxiliary}\b|${notAfterWh}\b(?:would|could|should|do|does|did|is|are|can|will)\s+${anySubject}\s+not\b`)],
  // "What if you just…", "How about…", "What about asking…": a bare suggestion. "What if you weren't
  // afraid?" changes the presenter's own state, not what they do.
  [
    'what-if',
    /\bwhat\s+if\s+(?:you|we)\s+(?!were\b|weren't\b|are\b|'re\b|aren't\b|couldn't\b|can't\b|didn't\b|don't\b|failed\b|lost\b|had\s+no\b)|\bhow\s+about\b|\bwhat\s+about\s+(?:a|an|some|\w+ing)\b/,
  ],
  // "Perhaps try…", "It could help to…", "Consider…", "Would it make sense to…", "You might want to…".
  [
    'hedged-suggestion',
    rx(
      [
        String.raw`${sentenceStart}(?:perhaps|maybe)\b`,
        String.raw`${sentenceStart}${adviceVerb}\b`,
        String.raw`\bit(?:'s|\s+is|\s+could|\s+might|\s+may|\s+would|\s+can)?\s+(?:help|be\s+(?:worth|useful|helpful|wise|good|better|an\s+idea))\b`,
        String.raw`\b(?:might|may|could|would)\s+it\s+(?:help|make\s+sense|be\s+(?:worth|better|wise|easier|simpler|good|an\s+idea|useful|helpful))\b`,
        String.raw`\bworth\s+(?:\w+ing)\b`,
        String.raw`\byou\s+(?:might|may|could)\s+(?:want|wish|like)\s+to\b`,
      ].join('|'),
    ),
  ],
  // "I'd suggest…", "I recommend…", "My advice would be…", "In your shoes, I…".
  [
    'recommendation',
    /\bi(?:\s+would|'d|\s+will)?\s+(?:suggest|recommend|advise|propose|encourage|urge)\b|\bmy\s+(?:advice|suggestion|recommendation|tip)\b|\bin\s+your\s+(?:shoes|position|place),?\s+i\b/,
  ],
  // "Surely…", "…, right?", "Is it possible you're…", "Would you agree…": the answer is given.
  [
    'leading-question',
    rx(
      [
        String.raw`\bsurely\b`,
        String.raw`,\s*(?:right|no|yes|correct|agreed|true|isn't\s+it|isn't\s+that\s+so|don't\s+you(?:\s+think)?|wouldn't\s+you|shouldn't\s+you|won't\s+you|aren't\s+you|wouldn't\s+it|didn't\s+you)\s*\?`,
        String.raw`\b(?:is|isn't)\s+it\s+possible\s+(?:that\s+)?(?:you|your)\b`,
        String.raw`\bcould\s+it\s+be\s+(?:that\s+)?`,
        String.raw`\b(?:is|isn't)\s+the\s+real\s+\w+`,
        String.raw`\b(?:would|do|don't|wouldn't)\s+you\s+agree\b`,
        String.raw`\bis\s+there\s+(?:a|any)\s+reason\s+(?:why\s+)?you\s+${negativeAuxiliary}`,
        String.raw`\bthe\s+(?:obvious|real|simple|only)\s+(?:answer|fix|solution|way)\b`,
        String.raw`\bdo\s+you\s+really\b|\bare\s+you\s+(?:sure|certain|confident)\b|\bhave\s+you\s+asked\s+yourself\b`,
      ].join('|'),
    ),
  ],
  // "Can't you just…", "What's wrong with simply…", "What keeps you from just…": an easy answer handed over.
  [
    'just-simply',
    rx(String.raw`${notAfterWh}\byou\s+(?:${negativeAuxiliary}\s+|not\s+)?(?:just|simply)\b|\b(?:from|with|about|in)\s+(?:just|simply)\b`),
  ],
  // "Could you move…?", "Should the layoffs come first?", "Might an offsite help?", "Is X an option?":
  // a yes-or-no question about an action the asker has chosen. "Could you tell us…?" invites.
  [
    'modal-suggestion',
    rx(
      [
        String.raw`${clauseStart}(?:could|can|will|might)\s+you\s+(?:not\s+)?(?:just\s+|perhaps\s+|maybe\s+|simply\s+|please\s+)?(?!${invitationVerb})\w`,
        String.raw`${clauseStart}(?:might|could)\s+(?:an?|the|some|another|more|less|\w+ing)\b`,
        String.raw`${clauseStart}should\s+(?!i\b)\w`,
        String.raw`${clauseStart}(?:would|could|might|will)\b[^?]*(?<!\b(?:your|my|our|their|his|her|the|at|of|to)\s+)\b(?:help|work)\s*(?:here|for\s+you|now)?\s*\?`,
        String.raw`${notAfterWh}\b(?:an\s+option|off\s+the\s+table)\b`,
        String.raw`\bhow\s+would\s+it\s+be\s+if\s+you\b`,
      ].join('|'),
    ),
  ],
];
