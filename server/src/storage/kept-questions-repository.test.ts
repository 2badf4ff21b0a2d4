import { describe, expect, it } from 'vitest';
import { KeptQuestionsRepository } from './kept-questions-repository';
import { seedCohort, T0 } from './test-fixtures';
import { freshDatabasePerTest, testDatabaseDialects } from './test-databases';

describe.each(testDatabaseDialects())('KeptQuestionsRepository on %s', (dialect) => {
  const database = freshDatabasePerTest(dialect);
  const keptQuestions = () => new KeptQuestionsRepository(database().db);

  it('keeps questions in the order given and shows them to their presenter only', async () => {
    const { session, ada, ben } = await seedCohort(database().db);
    const texts = ['What are you avoiding?', 'Who else owns this?', 'What would a good outcome be?', 'Why now?'];
    const kept = await keptQuestions().saveMany(session.id, ada.id, texts, T0);
    expect(kept.map((q) => q.text)).toEqual(texts);
    expect(kept[0]).toEqual({ id: expect.any(String), sessionId: session.id, presenterId: ada.id, text: texts[0], createdAt: T0 });

    expect(await keptQuestions().listForPresenter(ada.id)).toEqual(kept);
    expect(await keptQuestions().listForPresenter(ben.id)).toEqual([]);
  });

  it('saves nothing for no questions', async () => {
    const { session, ada } = await seedCohort(database().db);
    expect(await keptQuestions().saveMany(session.id, ada.id, [], T0)).toEqual([]);
    expect(await keptQuestions().listForPresenter(ada.id)).toEqual([]);
  });
});
