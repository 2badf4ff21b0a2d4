import { useId, useState } from 'react';
import { forumRoleLabels, forumRoles, type ForumRole } from '@peercircle/shared';
import { roleCandidates, roleHoldersIn, rolePowers } from '../../circle/forum-roles-view';
import { useSessionCommand } from '../../circle/session-commands';
import { useCircle } from '../../circle/use-circle';
import { nameOf } from '../../circle/view-queries';
import { ConsoleSection } from './ConsoleSection';

const nobody = '';

/**
 * The rotating member roles: for each, choose a member (or nobody) and assign, or let rotation
 * pick whoever held it least recently in this cohort. Choosing alone changes nothing, so arrowing
 * through the list never hands the role to everyone on the way.
 */
export function RolesSection() {
  return (
    <ConsoleSection id="roles" title="Roles">
      <p className="hint">Members with limited powers for this session. Rotate picks whoever held the role least recently in this cohort.</p>
      <ul className="role-list">
        {forumRoles.map((role) => (
          <RoleRow key={role} role={role} />
        ))}
      </ul>
    </ConsoleSection>
  );
}

function RoleRow({ role }: { role: ForumRole }) {
  const send = useSessionCommand();
  const ids = { select: useId(), powers: useId() };
  const holderId = useCircle((view) => roleHoldersIn(view)[role]);
  const holderName = useCircle((view) => (holderId === null ? null : nameOf(view, holderId)));
  const candidates = useCircle(roleCandidates);
  // A choice not yet assigned; it gives way when the holder changes (assigned, rotated, or by someone else).
  const [draft, setDraft] = useState<{ basis: string | null; value: string } | null>(null);
  const current = holderId ?? nobody;
  const chosen = draft && draft.basis === holderId ? draft.value : current;
  const label = forumRoleLabels[role];
  const lower = label.toLowerCase();
  // Someone holding the role but no longer offered (they left) still shows as the holder.
  const options = holderId !== null && !candidates.some((c) => c.participantId === holderId) ? [...candidates, { participantId: holderId, label: `${holderName} (left)` }] : candidates;

  const assign = () => void send({ type: 'roles.assign', role, participantId: chosen === nobody ? null : chosen });
  return (
    <li className="role-row" data-role={role}>
      <div className="inline-field">
        <label htmlFor={ids.select} className="role-label">
          {label}
        </label>
        <select id={ids.select} value={chosen} aria-describedby={ids.powers} onChange={(event) => setDraft({ basis: holderId, value: event.target.value })}>
          <option value={nobody}>Nobody</option>
          {options.map((option) => (
            <option key={option.participantId} value={option.participantId}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="button" className="small" aria-label={`Assign ${lower}`} disabled={chosen === current} onClick={assign}>
          Assign
        </button>
        <button type="button" className="small" aria-label={`Rotate ${lower}`} onClick={() => void send({ type: 'roles.rotate', role })}>
          Rotate
        </button>
      </div>
      <p id={ids.powers} className="hint">
        {holderName ? `${holderName} is ${lower}. ` : 'Nobody holds this role. '}
        {rolePowers[role]}
      </p>
    </li>
  );
}
