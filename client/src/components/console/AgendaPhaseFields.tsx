import { useId } from 'react';
import { admittedHandTypes, floorRules, handTypeLabels, handTypes, type AgendaPhase, type FloorRule } from '@peercircle/shared';
import { floorRuleLabel, toggledHandTypes, type PhaseDraft } from '../../circle/agenda-draft';

interface AgendaPhaseFieldsProps {
  draft: PhaseDraft;
  number: number;
  total: number;
  /** The running phase keeps its floor rule and its place on the agenda (the engine's rule). */
  isCurrent: boolean;
  moveButtonId(direction: 'up' | 'down'): string;
  onChange(draft: PhaseDraft): void;
  onMove(direction: 'up' | 'down'): void;
  onRemove(): void;
}

/** One phase in the agenda editor. */
export function AgendaPhaseFields({ draft, number, total, isCurrent, moveButtonId, onChange, onMove, onRemove }: AgendaPhaseFieldsProps) {
  const id = useId();
  const { phase } = draft;
  const setPhase = (patch: Partial<AgendaPhase>) => onChange({ ...draft, phase: { ...phase, ...patch } });

  return (
    <fieldset className="agenda-phase">
      <legend>
        Phase {number}: {phase.title || 'untitled'}
        {isCurrent ? <span className="tag now">Now</span> : null}
      </legend>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={phase.title} maxLength={120} onChange={(event) => setPhase({ title: event.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-rule`}>Floor rule</label>
        <select
          id={`${id}-rule`}
          value={phase.floorRule}
          disabled={isCurrent}
          aria-describedby={isCurrent ? `${id}-rule-hint` : undefined}
          onChange={(event) => setPhase({ floorRule: event.target.value as FloorRule })}
        >
          {floorRules.map((rule) => (
            <option key={rule} value={rule}>
              {floorRuleLabel[rule]}
            </option>
          ))}
        </select>
        {isCurrent ? (
          <p id={`${id}-rule-hint`} className="hint">
            The running phase keeps its floor rule; move to another phase to change it.
          </p>
        ) : null}
      </div>
      <div className="field-pair">
        <div className="field">
          <label htmlFor={`${id}-planned`}>Planned minutes</label>
          <input
            id={`${id}-planned`}
            type="number"
            inputMode="decimal"
            min={0}
            max={480}
            step={0.5}
            value={draft.plannedMinutes}
            onChange={(event) => onChange({ ...draft, plannedMinutes: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-turn`}>Minutes per turn (optional)</label>
          <input
            id={`${id}-turn`}
            type="number"
            inputMode="decimal"
            min={0}
            max={60}
            step={0.5}
            value={draft.speakerMinutes}
            onChange={(event) => onChange({ ...draft, speakerMinutes: event.target.value })}
          />
        </div>
      </div>
      {phase.floorRule === 'queue' ? (
        <div className="field">
          <label htmlFor={`${id}-silence`}>Seconds of silence after each answer (optional)</label>
          <input
            id={`${id}-silence`}
            type="number"
            inputMode="numeric"
            min={1}
            max={300}
            step={1}
            value={draft.silenceGapSeconds ?? ''}
            aria-describedby={`${id}-silence-hint`}
            onChange={(event) => onChange({ ...draft, silenceGapSeconds: event.target.value })}
          />
          <p id={`${id}-silence-hint`} className="hint">
            Nobody is given the floor and no question is released until it has passed.
          </p>
        </div>
      ) : null}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={phase.curiousQuestionsOnly}
          onChange={(event) => setPhase({ curiousQuestionsOnly: event.target.checked })}
        />
        Curious questions only (no advice)
      </label>
      <fieldset className="hand-types" aria-describedby={`${id}-hands-hint`}>
        <legend>Raised hands this phase calls</legend>
        {handTypes.map((handType) => (
          <label key={handType} className="checkbox">
            <input
              type="checkbox"
              checked={admittedHandTypes(phase).includes(handType)}
              onChange={(event) => setPhase({ admittedHandTypes: toggledHandTypes(phase, handType, event.target.checked) })}
            />
            {handTypeLabels[handType]}
          </label>
        ))}
        <p id={`${id}-hands-hint`} className="hint">
          Other hands wait, in the order raised, for a phase that calls them.
        </p>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-guidance`}>Guidance</label>
        <textarea
          id={`${id}-guidance`}
          rows={2}
          maxLength={500}
          value={phase.guidance}
          onChange={(event) => setPhase({ guidance: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-reminder`}>Reminder shown to everyone (optional)</label>
        <textarea
          id={`${id}-reminder`}
          rows={2}
          maxLength={300}
          value={phase.reminder ?? ''}
          onChange={(event) => setPhase({ reminder: event.target.value })}
        />
      </div>
      <div className="button-row">
        {(['up', 'down'] as const).map((direction) => {
          const atEnd = direction === 'up' ? number === 1 : number === total;
          return (
            <button
              key={direction}
              id={moveButtonId(direction)}
              type="button"
              className="small"
              aria-disabled={atEnd || undefined}
              onClick={() => (atEnd ? undefined : onMove(direction))}
            >
              Move phase {number} {direction}
            </button>
          );
        })}
        <button type="button" className="small danger" disabled={isCurrent || total === 1} onClick={onRemove}>
          Remove phase {number}
        </button>
      </div>
    </fieldset>
  );
}
