import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AgendaPhase } from '@peercircle/shared';
import { draftFromPhases, newPhaseDraft, phasesFromDraft, type PhaseDraft } from '../../circle/agenda-draft';
import { moveBy } from '../../circle/order-moves';
import { useSessionCommandOutcome } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { useFocusAfterReorder } from '../../circle/use-focus-after-reorder';
import { currentPhaseOf } from '../../circle/view-queries';
import { announce } from '../../store/ui-slice';
import { AgendaPhaseFields } from './AgendaPhaseFields';
import { ModalDialog } from '../ui/ModalDialog';

/** "Edit agenda": the phases in a dialog, saved together with `agenda.updatePhases`. */
export function AgendaEditor() {
  const [open, setOpen] = useState(false);
  const phases = useCircle((view) => view.agenda.phases);
  const headingId = useId();
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Edit agenda
      </button>
      <ModalDialog open={open} onClose={() => setOpen(false)} labelledBy={headingId} className="agenda-dialog">
        <AgendaForm headingId={headingId} initialPhases={phases} onDone={() => setOpen(false)} />
      </ModalDialog>
    </>
  );
}

interface AgendaFormProps {
  headingId: string;
  /** Read once: the form edits its own copy until saved. */
  initialPhases: readonly AgendaPhase[];
  onDone(): void;
}

function AgendaForm({ headingId, initialPhases, onDone }: AgendaFormProps) {
  const attempt = useSessionCommandOutcome();
  const currentPhaseId = useCircle((view) => (view.status === 'running' ? (currentPhaseOf(view)?.phaseId ?? null) : null));
  const [drafts, setDrafts] = useState<PhaseDraft[]>(() => draftFromPhases(initialPhases));
  // A new object per failed save, so focus moves to the message again after each attempt.
  const [failure, setFailure] = useState<{ problems: string[] } | null>(null);
  const [saving, setSaving] = useState(false);
  const problemsRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const phaseIds = drafts.map((draft) => draft.phase.phaseId);
  const focusAfterReorder = useFocusAfterReorder(phaseIds);
  const moveButtonId = (phaseId: string, direction: 'up' | 'down') => `${baseId}-${phaseId}-${direction}`;

  // The page's live regions sit behind the modal dialog, so problems are read by moving focus to them.
  useEffect(() => {
    if (failure) problemsRef.current?.focus();
  }, [failure]);

  const update = (index: number, draft: PhaseDraft) => setDrafts(drafts.map((d, i) => (i === index ? draft : d)));
  const move = (phaseId: string, direction: 'up' | 'down') => {
    const order = moveBy(phaseIds, phaseId, direction === 'up' ? -1 : 1);
    focusAfterReorder(moveButtonId(phaseId, direction));
    setDrafts(order.map((id) => drafts.find((draft) => draft.phase.phaseId === id) as PhaseDraft));
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = phasesFromDraft(drafts);
    if (!result.ok) return setFailure({ problems: result.problems });
    setSaving(true);
    const outcome = await attempt({ type: 'agenda.updatePhases', phases: result.phases });
    setSaving(false);
    if (!outcome.accepted) return setFailure({ problems: [outcome.reason] });
    announce('Agenda saved');
    onDone();
  }

  return (
    <form className="agenda-form" onSubmit={save}>
      <h2 id={headingId}>Edit agenda</h2>
      {failure ? (
        <div ref={problemsRef} tabIndex={-1} className="form-problems">
          <p>Not saved yet:</p>
          <ul>
            {failure.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ol className="agenda-phases">
        {drafts.map((draft, index) => (
          <li key={draft.phase.phaseId}>
            <AgendaPhaseFields
              draft={draft}
              number={index + 1}
              total={drafts.length}
              isCurrent={draft.phase.phaseId === currentPhaseId}
              moveButtonId={(direction) => moveButtonId(draft.phase.phaseId, direction)}
              onChange={(changed) => update(index, changed)}
              onMove={(direction) => move(draft.phase.phaseId, direction)}
              onRemove={() => setDrafts(drafts.filter((_, i) => i !== index))}
            />
          </li>
        ))}
      </ol>
      <div className="dialog-actions">
        <button type="button" onClick={() => setDrafts([...drafts, newPhaseDraft(drafts)])}>
          Add phase
        </button>
        <span className="spacer" />
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          Save agenda
        </button>
      </div>
    </form>
  );
}
