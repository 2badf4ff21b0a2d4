import { useEffect, useRef } from 'react';
import type { MemberInvite } from '@peercircle/shared';
import { formatDateTime } from '../../cohorts/session-time';
import { announce } from '../../store/ui-slice';
import { CopyField } from '../ui/CopyField';

export interface ShownInvite {
  memberName: string;
  invite: MemberInvite;
}

interface InviteLinkPanelProps {
  shown: ShownInvite;
  onDone(): void;
}

/**
 * A member's personal invite link, shown this once (the server keeps only a hash of it). Focus
 * moves here so the facilitator hears what to do with it.
 */
export function InviteLinkPanel({ shown, onDone }: InviteLinkPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { memberName, invite } = shown;

  useEffect(() => {
    headingRef.current?.focus();
    announce(`Invite link for ${memberName} is ready. It is shown only once.`);
  }, [invite.inviteUrl, memberName]);

  return (
    <div className="invite-panel">
      <h3 ref={headingRef} tabIndex={-1}>
        Personal invite link for {memberName}
      </h3>
      <CopyField label="Invite link" value={invite.inviteUrl} copyLabel="Copy invite link" copiedMessage="Invite link copied" />
      <ul className="invite-facts">
        <li>
          <strong>Single use:</strong> the first person to open it is signed in as {memberName}, and then it stops working.
          Send it to {memberName} personally, not to a group.
        </li>
        <li>
          <strong>Expires</strong> {formatDateTime(invite.expiresAt)} (your time).
        </li>
        <li>
          <strong>Shown only now.</strong> PeerCircle does not keep a readable copy; if it gets lost, make a new invite link.
        </li>
      </ul>
      <button type="button" onClick={onDone}>
        I have sent it, hide the link
      </button>
    </div>
  );
}
