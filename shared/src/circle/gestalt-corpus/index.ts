import { heldOutAdvice, heldOutCurious } from './held-out';
import { tuneAdvice, tuneCurious } from './tune';

/** Test data for the Gestalt guard: questions a member might write to a presenter, labelled. */
export interface GestaltCorpusEntry {
  text: string;
  /** True when the guard should invite a rephrase: advice, a suggestion or a leading question. */
  advice: boolean;
  split: 'tune' | 'held-out';
}

const entries = (texts: string[], advice: boolean, split: GestaltCorpusEntry['split']): GestaltCorpusEntry[] =>
  texts.map((text) => ({ text, advice, split }));

export const gestaltCorpus: GestaltCorpusEntry[] = [
  ...entries(tuneAdvice, true, 'tune'),
  ...entries(tuneCurious, false, 'tune'),
  ...entries(heldOutAdvice, true, 'held-out'),
  ...entries(heldOutCurious, false, 'held-out'),
];
