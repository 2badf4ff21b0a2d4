import { participantControls } from '@peercircle/shared';
import { useCircle } from '../../circle/use-circle';
import { mayWritePresenterNote } from '../../circle/presenter-note-rule';
import { currentPhaseOf } from '../../circle/view-queries';
import { useCohortSessionId } from '../../room/room-context';
import { HelpfulnessQuestion } from '../brief/HelpfulnessQuestion';
import { CommitmentForm } from '../commitments/CommitmentForm';
import { MeetingReviewForm } from '../meeting-review/MeetingReviewForm';
import { RolePanels } from '../roles/RolePanels';
import { FloorStatus } from './FloorStatus';
import { KeepQuestionsToggle } from './KeepQuestionsToggle';
import { MyPreviousCommitment } from './MyPreviousCommitment';
import { MyQuestions } from './MyQuestions';
import { PresenterNoteForm } from './PresenterNoteForm';
import { QuestionComposer } from './QuestionComposer';
import { TimekeeperPanel } from './TimekeeperPanel';

/**
 * A member's side of the circle: the floor, questions for the presenter, and commitments between
 * sessions, each only in the phases that invite it (`participantControls`).
 */
export function MemberPanel() {
  const controls = useCircle((view) => participantControls(view.status === 'running' ? currentPhaseOf(view) : null));
  const canAsk = useCircle(
    (view) => view.status === 'running' && view.presenterId !== null && view.presenterId !== view.viewerId && view.viewerRole !== null,
  );
  const writesNotes = useCircle(mayWritePresenterNote);
  const checkIn = useCircle((view) => view.status === 'running' && currentPhaseOf(view)?.kind === 'check-in');
  // The meeting review opens at the closing; once the session ends it moves to the ended screen.
  const closing = useCircle((view) => view.status === 'running' && currentPhaseOf(view)?.kind === 'closing');
  // After the end the commitment stays at hand, until the next session's check-in.
  const ended = useCircle((view) => view.status === 'ended');
  const isMember = useCircle((view) => view.viewerRole === 'member');
  const presents = useCircle((view) => view.status !== 'ended' && view.presenterId !== null && view.presenterId === view.viewerId);
  // Commitments and kept questions belong to a cohort's sessions; demo rooms have nowhere to keep them.
  const cohortSessionId = useCohortSessionId();
  const presented = useCircle(
    (view) =>
      view.presenterId !== null &&
      view.presenterId === view.viewerId &&
      (view.status === 'ended' || (view.status === 'running' && currentPhaseOf(view)?.kind === 'closing')),
  );
  const commitment = cohortSessionId && isMember && (controls.commitment || ended) ? <CommitmentForm sessionId={cohortSessionId} /> : null;
  return (
    <aside className="circle-panel" aria-label="Circle panel">
      {/* The closing round asks the presenter whether the circle helped, then for a commitment: what the member takes away. */}
      {cohortSessionId && isMember && presented ? <HelpfulnessQuestion sessionId={cohortSessionId} /> : null}
      {commitment}
      {cohortSessionId && isMember && closing ? <MeetingReviewForm sessionId={cohortSessionId} /> : null}
      <FloorStatus />
      <TimekeeperPanel />
      <RolePanels />
      {cohortSessionId && isMember && checkIn ? <MyPreviousCommitment sessionId={cohortSessionId} /> : null}
      {cohortSessionId && presents ? <KeepQuestionsToggle /> : null}
      {canAsk && controls.askQuestions ? <QuestionComposer /> : null}
      <MyQuestions />
      {cohortSessionId && writesNotes ? <PresenterNoteForm sessionId={cohortSessionId} /> : null}
    </aside>
  );
}
