import { useCircle } from '../circle/use-circle';
import { currentPhaseOf } from '../circle/view-queries';
import { useCohortSessionId } from '../room/room-context';
import { CommitmentForm } from './CommitmentForm';
import { FloorStatus } from './FloorStatus';
import { KeepQuestionsToggle } from './KeepQuestionsToggle';
import { MyPreviousCommitment } from './MyPreviousCommitment';
import { MyQuestions } from './MyQuestions';
import { QuestionComposer } from './QuestionComposer';

/** A member's side of the circle: the floor, questions for the presenter, and commitments between sessions. */
export function MemberPanel() {
  const canAsk = useCircle(
    (view) => view.status === 'running' && view.presenterId !== null && view.presenterId !== view.viewerId && view.viewerRole !== null,
  );
  const phaseKind = useCircle((view) => (view.status === 'running' ? (currentPhaseOf(view)?.kind ?? null) : null));
  // After the end the commitment stays at hand, until the next session's check-in.
  const writesCommitment = useCircle((view) => view.status === 'ended') || phaseKind === 'closing';
  const isMember = useCircle((view) => view.viewerRole === 'member');
  const presents = useCircle((view) => view.status !== 'ended' && view.presenterId !== null && view.presenterId === view.viewerId);
  // Commitments and kept questions belong to a cohort's sessions; demo rooms have nowhere to keep them.
  const cohortSessionId = useCohortSessionId();
  return (
    <aside className="circle-panel" aria-label="Circle panel">
      <FloorStatus />
      {cohortSessionId && isMember && phaseKind === 'check-in' ? <MyPreviousCommitment sessionId={cohortSessionId} /> : null}
      {cohortSessionId && presents ? <KeepQuestionsToggle /> : null}
      {canAsk ? <QuestionComposer /> : null}
      <MyQuestions />
      {cohortSessionId && isMember && writesCommitment ? <CommitmentForm sessionId={cohortSessionId} /> : null}
    </aside>
  );
}
