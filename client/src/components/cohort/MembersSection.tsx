import { useId, useRef, useState } from 'react';
import type { CohortDetail, MemberSummary } from '@peercircle/shared';
import { callApi } from '../../api/api-client';
import { messageForError } from '../../api/api-error-messages';
import { announce } from '../../store/ui-slice';
import { ConfirmButton } from '../ui/ConfirmButton';
import { AddMemberForm } from './AddMemberForm';
import { InviteLinkPanel, type ShownInvite } from './InviteLinkPanel';
import { ErrorText } from '../ui/ErrorText';

interface MembersSectionProps {
  id: string;
  cohort: CohortDetail;
  onMembersChanged(): void;
}

/** Who is in the cohort, whether they accepted the agreement, and their personal invite links. */
export function MembersSection({ id, cohort, onMembersChanged }: MembersSectionProps) {
  const [shownInvite, setShownInvite] = useState<ShownInvite | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  async function newInvite(member: MemberSummary) {
    setProblem(null);
    try {
      const invite = await callApi('reinviteMember', { params: { cohortId: cohort.id, memberId: member.id } });
      setShownInvite({ memberName: member.displayName, invite });
    } catch (error) {
      setProblem(`Could not make a new invite link for ${member.displayName}. ${messageForError(error)}`);
    }
  }

  async function remove(member: MemberSummary) {
    setProblem(null);
    try {
      await callApi('removeMember', { params: { cohortId: cohort.id, memberId: member.id } });
      if (shownInvite?.invite.memberId === member.id) setShownInvite(null);
      announce(`${member.displayName} was removed from ${cohort.name}`);
      onMembersChanged();
      // Their row (and the button that had focus) is gone; continue from the section's start.
      headingRef.current?.focus();
    } catch (error) {
      setProblem(`Could not remove ${member.displayName}. ${messageForError(error)}`);
    }
  }

  return (
    <section id={id} className="page-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Members and invites
      </h2>
      {cohort.sizeWarning ? <p className="warning-note">{cohort.sizeWarning}</p> : null}
      <ErrorText>{problem}</ErrorText>
      {cohort.members.length === 0 ? (
        <p>No members yet. Add the first one below; each gets a personal invite link.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Members of {cohort.name}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Agreement (version {cohort.agreementVersion})</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cohort.members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.displayName}</th>
                  <td>{member.email ?? <span className="muted">not given</span>}</td>
                  <td>{member.acceptedCurrentAgreement ? 'Accepted' : <span className="pending">Not accepted yet</span>}</td>
                  <td className="row-actions">
                    <button type="button" className="small" onClick={() => void newInvite(member)}>
                      New invite link<span className="visually-hidden"> for {member.displayName}</span>
                    </button>
                    <ConfirmButton
                      className="small danger"
                      ariaLabel={`Remove ${member.displayName}`}
                      question={`Remove ${member.displayName} from ${cohort.name}?`}
                      detail={`${member.displayName} will no longer be able to sign in to this cohort or join its sessions. This cannot be undone; you could invite them again as a new member.`}
                      confirmText={`Yes, remove ${member.displayName}`}
                      onConfirm={() => void remove(member)}
                    >
                      Remove
                    </ConfirmButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {shownInvite ? <InviteLinkPanel shown={shownInvite} onDone={() => setShownInvite(null)} /> : null}
      <AddMemberForm
        cohortId={cohort.id}
        onAdded={(memberName, invite) => {
          setShownInvite({ memberName, invite });
          onMembersChanged();
        }}
      />
    </section>
  );
}
