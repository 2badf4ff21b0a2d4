// `npm run bench:guard`: the Gestalt guard against its labelled corpus, per split.
import { checkForAdvice } from '../src/circle/advice-guard';
import { gestaltCorpus, type GestaltCorpusEntry } from '../src/circle/gestalt-corpus';
import { scoreGuard } from '../src/circle/gestalt-corpus/score';

const groups: [string, (entry: GestaltCorpusEntry) => boolean][] = [
  ['tune', (entry) => entry.split === 'tune'],
  ['held-out', (entry) => entry.split === 'held-out'],
  ['held-out batch 1', (entry) => entry.split === 'held-out' && entry.batch === 1],
  ['held-out batch 2', (entry) => entry.split === 'held-out' && entry.batch === 2],
  ['held-out batch 3', (entry) => entry.split === 'held-out' && entry.batch === 3],
];
const scores = groups.map(([split, inGroup]) => ({
  split,
  score: scoreGuard(gestaltCorpus.filter(inGroup), (text) => checkForAdvice(text).looksLikeAdvice),
}));

console.table(
  Object.fromEntries(
    scores.map(({ split, score }) => [
      split,
      {
        sentences: score.truePositives + score.falsePositives + score.falseNegatives + score.trueNegatives,
        TP: score.truePositives,
        FP: score.falsePositives,
        FN: score.falseNegatives,
        TN: score.trueNegatives,
        precision: score.precision.toFixed(3),
        recall: score.recall.toFixed(3),
      },
    ]),
  ),
);

for (const { split, score } of scores.filter(({ split }) => split !== 'held-out')) {
  for (const [label, texts] of [
    ['false positives (curiosity flagged)', score.falsePositiveTexts],
    ['false negatives (advice missed)', score.falseNegativeTexts],
  ] as const) {
    console.log(`\n${split} — ${label}: ${texts.length}`);
    for (const text of texts) console.log(`  ${text}  ${JSON.stringify(checkForAdvice(text).reasons)}`);
  }
}
