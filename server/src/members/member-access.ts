import { DomainError } from '@peercircle/shared';
import type { Repositories } from '../repositories';
import type { Member } from '../storage/members-repository';
import type { CohortSession } from '../storage/sessions-repository';

/** The signed-in member, refused once removed from their circle. */
export async function activeMember(repos: Repositories, memberId: string): Promise<Member> {
  const member = await repos.members.findById(memberId);
  if (!member || member.removedAt !== null) throw new DomainError('forbidden', 'You are no longer a member of this circle');
  return member;
}

/** The active member and a session of their own circle; another circle's session is answered exactly like one that does not exist. */
export async function memberAndSession(repos: Repositories, memberId: string, sessionId: string): Promise<{ member: Member; session: CohortSession }> {
  const member = await activeMember(repos, memberId);
  const session = await repos.sessions.findById(sessionId);
  if (!session || session.cohortId !== member.cohortId) throw new DomainError('not_found', 'No such session');
  return { member, session };
}
