import { monthlyUpdateSchema } from '@peercircle/shared';
import { describe, expect, it } from 'vitest';
import { fieldsFrom, updateBodyFrom } from './update-form-state';

describe('the update form', () => {
  it('ranks the topics that have a title in the order listed, skipping empty rows', () => {
    const fields = fieldsFrom(null);
    fields.areas = [
      { rating: '7', line: 'steady' },
      { rating: ' 4', line: '' },
      { rating: '10', line: 'rested' },
    ];
    fields.topics[1] = { title: 'Leaving the firm', mightPresent: true, urgency: 'high' };
    fields.topics[2] = { title: 'My father', mightPresent: false, urgency: 'low' };
    const body = updateBodyFrom(fields);
    expect(body.topics).toEqual([
      { title: 'Leaving the firm', rank: 1, mightPresent: true, urgency: 'high' },
      { title: 'My father', rank: 2, mightPresent: false, urgency: 'low' },
    ]);
    expect(monthlyUpdateSchema.safeParse(body).success).toBe(true);
  });

  it('an empty or non-numeric rating fails the schema instead of becoming 0', () => {
    for (const rating of ['', 'seven', '7.5']) {
      const fields = fieldsFrom(null);
      fields.areas = fields.areas.map(() => ({ rating, line: '' }));
      expect(monthlyUpdateSchema.safeParse(updateBodyFrom(fields)).success).toBe(false);
    }
  });

  it('starts from a saved update, topics back in their rank rows', () => {
    const fields = fieldsFrom({
      sessionId: 's1',
      areas: [
        { rating: 3, line: 'a' },
        { rating: 5, line: 'b' },
        { rating: 8, line: 'c' },
      ],
      topics: [{ title: 'Only one', rank: 1, mightPresent: true, urgency: 'medium' }],
      shareWithFacilitator: true,
      submittedAt: 1,
    });
    expect(fields.areas.map((area) => area.rating)).toEqual(['3', '5', '8']);
    expect(fields.topics.map((topic) => topic.title)).toEqual(['Only one', '', '']);
    expect(fields.shareWithFacilitator).toBe(true);
  });
});
