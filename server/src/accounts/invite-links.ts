import { DomainError, type Identity, type MemberInvite } from '@peercircle/shared';
import { hashSecret, newSecret } from '../auth/secrets';
import type { InvitesRepository } from '../storage/invites-repository';
import type { Member, MembersRepository } from '../storage/members-repository';

/**
 * Personal invite links: 128 random bits, single use, expiring, stored only as a hash. Following
 * one signs the member in on that browser.
 */
export class InviteLinks {
  constructor(
    private readonly invites: InvitesRepository,
    private readonly members: MembersRepository,
    private readonly publicUrl: string,
    private readonly ttlMs: number,
    private readonly clock: () => number,
  ) {}

  async issue(member: Member): Promise<MemberInvite> {
    const token = newSecret();
    const expiresAt = this.clock() + this.ttlMs;
    await this.invites.create({ cohortId: member.cohortId, memberId: member.id, tokenHash: hashSecret(token), expiresAt }, this.clock());
    return { memberId: member.id, inviteUrl: `${this.publicUrl}/invite/${token}`, expiresAt };
  }

  /** A fresh link for the member; the links they have not used yet stop working. */
  async reissue(member: Member): Promise<MemberInvite> {
    await this.invites.deleteUnusedForMember(member.id);
    return this.issue(member);
  }

  /** Uses up the link and tells who it was for; every failure says plainly what to do next. */
  async redeem(token: string): Promise<Identity & { kind: 'member' }> {
    const invite = await this.invites.findByTokenHash(hashSecret(token));
    if (!invite) throw new DomainError('not_found', 'This invite link is not valid. Check that you copied all of it.');
    if (invite.usedAt !== null) {
      throw new DomainError('conflict', 'This invite link was already used. Ask your facilitator for a new one.');
    }
    if (invite.expiresAt <= this.clock()) {
      throw new DomainError('link_expired', 'This invite link has expired. Ask your facilitator for a new one.');
    }
    const member = await this.members.findById(invite.memberId);
    if (!member || member.removedAt !== null) throw new DomainError('forbidden', 'This invitation was withdrawn.');
    // Two browsers racing with the same link: only one gets in.
    if (!(await this.invites.consume(invite.id, this.clock()))) {
      throw new DomainError('conflict', 'This invite link was already used. Ask your facilitator for a new one.');
    }
    return { kind: 'member', id: member.id, displayName: member.displayName, cohortId: member.cohortId };
  }
}
