import { heldOutAdvice, heldOutCurious } from './held-out';
import { secondHeldOutAdvice, secondHeldOutCurious } from './held-out-second';
import { tuneAdvice, tuneCurious } from './tune';

/** Test data for the Gestalt guard: questions a member might write to a presenter, labelled. */
export interface GestaltCorpusEntry {
  text: string;
  /** True when the guard should invite a rephrase: advice, a suggestion or a leading question. */
  advice: boolean;
  split: 'tune' | 'held-out';
  /** Held-out batch 2 was written after the first tuning, in wordings the rules were not written for. */
  batch: 1 | 2;
}

const entries = (texts: string[], advice: boolean, split: GestaltCorpusEntry['split'], batch: 1 | 2 = 1): GestaltCorpusEntry[] =>
  texts.map((text) => ({ text, advice, split, batch }));

export const gestaltCorpus: GestaltCorpusEntry[] = [
  ...entries(tuneAdvice, true, 'tune'),
  ...entries(tuneCurious, false, 'tune'),
  ...entries(heldOutAdvice, true, 'held-out'),
  ...entries(heldOutCurious, false, 'held-out'),
  ...entries(secondHeldOutAdvice, true, 'held-out', 2),
  ...entries(secondHeldOutCurious, false, 'held-out', 2),
];
