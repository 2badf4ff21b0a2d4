import { useId, type ReactNode } from 'react';
import { isSectionOpen } from '../../circle/console-sections';
import { useCircle } from '../../circle/use-circle';
import { useAppStore } from '../../store/store';
import { setConsoleSectionOpen, type ConsoleSectionId } from '../../store/ui-slice';

interface ConsoleSectionProps {
  id: ConsoleSectionId;
  title: string;
  /** Shown after the title, so a closed section still tells how much waits inside (e.g. raised hands). */
  count?: number;
  className?: string;
  children: ReactNode;
}

/**
 * A console section that folds away behind a disclosure button in its heading. Whether it is open
 * lives in the ui slice, so it survives the section leaving and coming back with the phase.
 */
export function ConsoleSection({ id, title, count, className, children }: ConsoleSectionProps) {
  const status = useCircle((view) => view.status);
  const open = useAppStore((state) => isSectionOpen(state.ui.consoleSections, id, status));
  const ids = { heading: useId(), body: useId() };
  return (
    <section className={['panel-section', 'console-section', className].filter(Boolean).join(' ')} aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className="section-heading">
        <button
          type="button"
          className="disclosure"
          aria-expanded={open}
          aria-controls={ids.body}
          onClick={() => setConsoleSectionOpen(id, !open)}
        >
          <span className="disclosure-mark" aria-hidden="true" />
          {title}
          {count ? <span className="section-count"> ({count})</span> : null}
        </button>
      </h2>
      <div id={ids.body} className="section-body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
