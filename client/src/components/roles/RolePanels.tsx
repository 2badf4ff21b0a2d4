import { useCircle } from '../../circle/use-circle';
import { isPresenter, isProcessObserver, isScribe } from '../../circle/role-powers';
import { NudgeNotice } from './NudgeNotice';
import { ProcessObserverPanel } from './ProcessObserverPanel';
import { ScribeNotesForPresenter } from './ScribeNotesForPresenter';
import { ScribePanel } from './ScribePanel';

/** What the viewer's forum role, or their turn, brings to their panel while the session runs. */
export function RolePanels() {
  const running = useCircle((view) => view.status === 'running');
  const observer = useCircle(isProcessObserver);
  const scribe = useCircle(isScribe);
  // The presenter's notes panel appears once there is a scribe to write them.
  const presenterReads = useCircle((view) => isPresenter(view) && (view.roleHolders.scribe !== null || view.scribeNotes.length > 0));
  if (!running) return null;
  return (
    <>
      <NudgeNotice />
      {presenterReads ? <ScribeNotesForPresenter /> : null}
      {observer ? <ProcessObserverPanel /> : null}
      {scribe ? <ScribePanel /> : null}
    </>
  );
}
