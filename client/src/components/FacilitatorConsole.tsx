import { useCircle } from '../circle/use-circle';
import { floorRuleOf } from '../circle/view-queries';
import { FloorSection } from './FloorSection';
import { FloorStatus } from './FloorStatus';
import { HandQueueSection } from './HandQueueSection';
import { ParticipantsSection } from './ParticipantsSection';
import { QuestionQueueSection } from './QuestionQueueSection';
import { SessionSection } from './SessionSection';
import { SpeakingOrderSection } from './SpeakingOrderSection';
import { TimersSection } from './TimersSection';

/** The facilitator's side panel: keeping time and protecting the structure. */
export function FacilitatorConsole() {
  const status = useCircle((view) => view.status);
  const queuePhase = useCircle((view) => floorRuleOf(view) === 'queue');
  const questionsMatter = useCircle((view) => view.presenterId !== null || view.questions.length > 0);
  return (
    <aside className="circle-panel console" aria-label="Facilitator console">
      <FloorStatus />
      <SessionSection />
      {status === 'running' ? <TimersSection /> : null}
      {status === 'running' ? <FloorSection /> : null}
      {queuePhase ? <HandQueueSection /> : null}
      {status !== 'ended' ? <SpeakingOrderSection /> : null}
      {questionsMatter ? <QuestionQueueSection /> : null}
      <ParticipantsSection />
    </aside>
  );
}
