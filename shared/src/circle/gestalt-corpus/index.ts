import { heldOutAdvice, heldOutCurious } from './held-out';
import { secondHeldOutAdvice, secondHeldOutCurious } from './held-out-second';
import { thirdHeldOutAdvice, thirdHeldOutCurious } from './held-out-third';
import { tuneAdvice, tuneCurious } from './tune';

/** Test data for the Gestalt guard: questions a member might write to a presenter, labelled. */
export interface GestaltCorpusEntry {
  text: string;
  /** True when the guard should invite a rephrase: advice, a suggestion or a leading question. */
  advice: boolean;
  split: 'tune' | 'held-out';
  /**
   * Held-out batch 1 was written before any tuning; batch 2 after the first round (its misses then
   * shaped the second); batch 3 before the second round. Tune sentences are all batch 1.
   */
  batch: 1 | 2 | 3;
}

const entries = (texts: string[], advice: boolean, split: GestaltCorpusEntry['split'], batch: GestaltCorpusEntry['batch'] = 1): GestaltCorpusEntry[] =>
  texts.map((text) => ({ text, advice, split, batch }));

export const gestaltCorpus: GestaltCorpusEntry[] = [
  ...entries(tuneAdvice, true, 'tune'),
  ...entries(tuneCurious, false, 'tune'),
  ...entries(heldOutAdvice, true, 'held-out'),
  ...entries(heldOutCurious, false, 'held-out'),
  ...entries(secondHeldOutAdvice, true, 'held-out', 2),
  ...entries(secondHeldOutCurious, false, 'held-out', 2),
  ...entries(thirdHeldOutAdvice, true, 'held-out', 3),
  ...entries(thirdHeldOutCurious, false, 'held-out', 3),
];
