import { useCircle } from '../../circle/use-circle';
import { currentPhaseOf, floorRuleOf } from '../../circle/view-queries';
import { useCohortSessionId } from '../../room/room-context';
import { useLobbyAnnouncements } from '../../room/use-lobby-announcements';
import { AgendaSection } from './AgendaSection';
import { ConsoleStrip } from './ConsoleStrip';
import { FloorSection } from './FloorSection';
import { HandQueueSection } from './HandQueueSection';
import { LatestTimeSignal } from './LatestTimeSignal';
import { LobbySection } from './LobbySection';
import { ParticipantsSection } from './ParticipantsSection';
import { PreviousCommitmentsSection } from './PreviousCommitmentsSection';
import { QuestionQueueSection } from './QuestionQueueSection';
import { RolesSection } from './RolesSection';
import { SpeakingOrderSection } from './SpeakingOrderSection';
import { TimersSection } from './TimersSection';

/**
 * The facilitator's side panel: a fixed strip with the moves of a running circle, then sections that
 * fold away. The strip comes first in tab order too, so the floor is never behind the agenda.
 */
export function FacilitatorConsole() {
  const status = useCircle((view) => view.status);
  const queuePhase = useCircle((view) => floorRuleOf(view) === 'queue');
  // Hands carried over from an earlier phase stay in view through phases that call none.
  const handsKept = useCircle((view) => view.status === 'running' && view.handQueue.raised.length + view.handQueue.waiting.length > 0);
  const questionsMatter = useCircle((view) => view.presenterId !== null || view.questions.length > 0);
  const checkIn = useCircle((view) => view.status === 'running' && currentPhaseOf(view)?.kind === 'check-in');
  const cohortSessionId = useCohortSessionId();
  useLobbyAnnouncements();
  return (
    <aside className="circle-panel console" aria-label="Facilitator console">
      <ConsoleStrip />
      <LatestTimeSignal />
      <div className="console-sections">
        {/* Always there in cohort sessions, so the door can be opened before anyone arrives. */}
        {cohortSessionId ? <LobbySection /> : null}
        {checkIn && cohortSessionId ? <PreviousCommitmentsSection sessionId={cohortSessionId} /> : null}
        {status === 'running' ? <FloorSection /> : null}
        {queuePhase || handsKept ? <HandQueueSection /> : null}
        {questionsMatter ? <QuestionQueueSection /> : null}
        {status !== 'ended' ? <SpeakingOrderSection /> : null}
        {status === 'running' ? <TimersSection /> : null}
        <AgendaSection />
        {status !== 'ended' ? <RolesSection /> : null}
        <ParticipantsSection />
      </div>
    </aside>
  );
}
