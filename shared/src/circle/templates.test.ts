import { describe, expect, it } from 'vitest';
import { agendaPhaseSchema } from './commands';
import { doubleConfidentialityReminder, findTemplate, formatTemplateIds, formatTemplates } from './templates';

describe.each(formatTemplates.map((template) => [template.templateId, template] as const))('template %s', (_id, template) => {
  it('has phases the agenda schema accepts unchanged', () => {
    for (const phase of template.phases) expect(agendaPhaseSchema.parse(phase)).toEqual(phase);
  });

  it('has unique phase ids, guidance for every phase and a closing round', () => {
    expect(new Set(template.phases.map((phase) => phase.phaseId)).size).toBe(template.phases.length);
    expect(template.phases.every((phase) => phase.guidance.length > 20)).toBe(true);
    expect(template.phases.at(-1)).toMatchObject({ kind: 'closing', floorRule: 'round' });
  });
});

describe('format templates', () => {
  const minutes = (id: string) =>
    (formatTemplates.find((template) => template.templateId === id)?.phases ?? []).reduce((sum, phase) => sum + phase.plannedMs, 0) / 60_000;

  it('lists each id once', () => {
    expect(formatTemplates.map((template) => template.templateId)).toEqual([...formatTemplateIds]);
  });

  it.each<[string, number, number]>([
    ['consultancy', 120, 180],
    ['structured-inquiry', 90, 90],
    ['council', 60, 150],
    ['peer-consultancy', 60, 120],
    ['clearness-committee', 100, 150],
  ])('plans %s at %i–%i minutes', (id, min, max) => {
    expect(minutes(id)).toBeGreaterThanOrEqual(min);
    expect(minutes(id)).toBeLessThanOrEqual(max);
  });

  it('keeps the consultancy shape: curious questions without advice, reflections the presenter listens to', () => {
    const consultancy = formatTemplates[0]?.phases ?? [];
    expect(consultancy.map((phase) => phase.kind)).toEqual([
      'check-in',
      'presentation',
      'clarifying-questions',
      'curious-questions',
      'break',
      'reflections',
      'response',
      'closing',
    ]);
    expect(consultancy[3]).toMatchObject({ floorRule: 'queue', curiousQuestionsOnly: true, plannedMs: 20 * 60_000 });
    expect(consultancy[5]).toMatchObject({ floorRule: 'round', presenterPart: 'listens' });
  });

  it('puts silence in the council', () => {
    expect(formatTemplates[1]?.phases.map((phase) => phase.floorRule)).toEqual(['round', 'round', 'round', 'silence', 'round']);
  });

  it('keeps the clearness committee shape: statement, paced open questions, mirroring, a confidential close', () => {
    const clearness = findTemplate('clearness-committee')?.phases ?? [];
    expect(clearness.map((phase) => [phase.kind, phase.floorRule])).toEqual([
      ['check-in', 'round'],
      ['presentation', 'queue'],
      ['curious-questions', 'queue'],
      ['mirroring', 'round'],
      ['closing', 'round'],
    ]);
    expect(clearness[1]).toMatchObject({ presenterPart: 'holds-floor' });
    expect(clearness[2]).toMatchObject({ curiousQuestionsOnly: true, silenceGapMs: 30_000 });
    expect(clearness.filter((phase) => phase.silenceGapMs !== undefined)).toHaveLength(1);
    expect(clearness[3]).toMatchObject({ presenterPart: 'listens' });
    expect(clearness[3]?.admittedHandTypes).not.toContain('clarifying');
    expect(clearness[4]?.reminder).toBe(doubleConfidentialityReminder);
    expect(doubleConfidentialityReminder).toMatch(/^Double confidentiality: nothing said here is repeated outside/);
  });
});
