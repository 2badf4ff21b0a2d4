import type { GestaltCorpusEntry } from './index';

/** How a guard did on one split: flagged advice is a true positive, flagged curiosity a false one. */
export interface GuardScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  falsePositiveTexts: string[];
  falseNegativeTexts: string[];
}

export function scoreGuard(entries: GestaltCorpusEntry[], flags: (text: string) => boolean): GuardScore {
  const flagged = entries.map((entry) => ({ entry, flagged: flags(entry.text) }));
  const texts = (advice: boolean, wasFlagged: boolean) =>
    flagged.filter((r) => r.entry.advice === advice && r.flagged === wasFlagged).map((r) => r.entry.text);
  const falsePositiveTexts = texts(false, true);
  const falseNegativeTexts = texts(true, false);
  const truePositives = texts(true, true).length;
  const trueNegatives = texts(false, false).length;
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  return {
    truePositives,
    falsePositives: falsePositiveTexts.length,
    falseNegatives: falseNegativeTexts.length,
    trueNegatives,
    precision: ratio(truePositives, truePositives + falsePositiveTexts.length),
    recall: ratio(truePositives, truePositives + falseNegativeTexts.length),
    falsePositiveTexts,
    falseNegativeTexts,
  };
}
