import { useId } from 'react';
import { formatTemplates } from '@peercircle/shared';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';

/** Before the start: choosing a session format replaces the agenda with that format's phases. */
export function FormatSwitcher() {
  const send = useSessionCommand();
  const appliedId = useCircle((view) => view.agenda.templateId);
  const selectId = useId();
  const summaryId = useId();
  const applied = formatTemplates.find((template) => template.templateId === appliedId);

  return (
    <div className="format-switcher">
      <label htmlFor={selectId}>Format</label>
      <select
        id={selectId}
        value={appliedId ?? ''}
        onChange={(event) => void send({ type: 'agenda.applyTemplate', templateId: event.target.value })}
        aria-describedby={summaryId}
      >
        {applied ? null : <option value="">Custom agenda</option>}
        {formatTemplates.map((template) => (
          <option key={template.templateId} value={template.templateId}>
            {template.name}
          </option>
        ))}
      </select>
      <p id={summaryId} className="hint">
        {applied ? `${applied.summary} ` : ''}Choosing a format replaces the agenda below.
      </p>
    </div>
  );
}
