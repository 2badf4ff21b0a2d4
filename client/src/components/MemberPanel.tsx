import { useCircle } from '../circle/use-circle';
import { FloorStatus } from './FloorStatus';
import { MyQuestions } from './MyQuestions';
import { QuestionComposer } from './QuestionComposer';

/** A member's side of the circle: the floor, and questions for the presenter. */
export function MemberPanel() {
  const canAsk = useCircle(
    (view) => view.status === 'running' && view.presenterId !== null && view.presenterId !== view.viewerId && view.viewerRole !== null,
  );
  return (
    <aside className="circle-panel" aria-label="Circle panel">
      <FloorStatus />
      {canAsk ? <QuestionComposer /> : null}
      <MyQuestions />
    </aside>
  );
}
