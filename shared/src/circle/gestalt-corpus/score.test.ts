import { describe, expect, it } from 'vitest';
import { scoreGuard } from './score';

describe('scoreGuard', () => {
  it('counts each cell of the confusion table and lists the mistakes', () => {
    const entries = [
      { text: 'advice caught', advice: true, split: 'tune' as const, batch: 1 as const },
      { text: 'advice missed', advice: true, split: 'tune' as const, batch: 1 as const },
      { text: 'curiosity flagged', advice: false, split: 'tune' as const, batch: 1 as const },
      { text: 'curiosity passed', advice: false, split: 'tune' as const, batch: 1 as const },
      { text: 'curiosity passed too', advice: false, split: 'tune' as const, batch: 1 as const },
    ];
    const score = scoreGuard(entries, (text) => text.endsWith('caught') || text.endsWith('flagged'));
    expect(score).toEqual({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 2,
      precision: 0.5,
      recall: 0.5,
      falsePositiveTexts: ['curiosity flagged'],
      falseNegativeTexts: ['advice missed'],
    });
  });

  it('counts precision and recall as perfect when nothing was flagged or nothing was advice', () => {
    expect(scoreGuard([], () => true)).toMatchObject({ precision: 1, recall: 1 });
  });
});
