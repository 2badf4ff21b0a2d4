import { useCircle } from '../circle/use-circle';
import { currentPhaseOf, floorRuleOf } from '../circle/view-queries';
import { useCohortSessionId } from '../room/room-context';
import { useLobbyAnnouncements } from '../room/use-lobby-announcements';
import { FloorSection } from './FloorSection';
import { FloorStatus } from './FloorStatus';
import { HandQueueSection } from './HandQueueSection';
import { LobbySection } from './LobbySection';
import { ParticipantsSection } from './ParticipantsSection';
import { PreviousCommitmentsSection } from './PreviousCommitmentsSection';
import { QuestionQueueSection } from './QuestionQueueSection';
import { SessionSection } from './SessionSection';
import { SpeakingOrderSection } from './SpeakingOrderSection';
import { TimersSection } from './TimersSection';

/** The facilitator's side panel: keeping time and protecting the structure. */
export function FacilitatorConsole() {
  const status = useCircle((view) => view.status);
  const queuePhase = useCircle((view) => floorRuleOf(view) === 'queue');
  const questionsMatter = useCircle((view) => view.presenterId !== null || view.questions.length > 0);
  const checkIn = useCircle((view) => view.status === 'running' && currentPhaseOf(view)?.kind === 'check-in');
  const cohortSessionId = useCohortSessionId();
  useLobbyAnnouncements();
  return (
    <aside className="circle-panel console" aria-label="Facilitator console">
      {/* Always there in cohort sessions, so the door can be opened before anyone arrives. */}
      {cohortSessionId ? <LobbySection /> : null}
      <FloorStatus />
      <SessionSection />
      {checkIn && cohortSessionId ? <PreviousCommitmentsSection sessionId={cohortSessionId} /> : null}
      {status === 'running' ? <TimersSection /> : null}
      {status === 'running' ? <FloorSection /> : null}
      {queuePhase ? <HandQueueSection /> : null}
      {status !== 'ended' ? <SpeakingOrderSection /> : null}
      {questionsMatter ? <QuestionQueueSection /> : null}
      <ParticipantsSection />
    </aside>
  );
}
