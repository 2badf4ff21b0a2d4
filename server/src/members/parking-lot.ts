import { DomainError, type CohortParkingLot, type MyParkedTopic } from '@peercircle/shared';
import { rotationProposal } from '../cohort-admin/provisional-presenter';
import type { Repositories } from '../repositories';
import type { ParkedTopic } from '../storage/parked-topics-repository';
import { activeMember } from './member-access';

const noSuchTopic = () => new DomainError('not_found', 'No such parked topic');
const noSuchCohort = () => new DomainError('not_found', 'No such cohort');

function own(topic: ParkedTopic): MyParkedTopic {
  return { id: topic.id, title: topic.title, urgency: topic.urgency, importance: topic.importance, parkedAt: topic.parkedAt, sharedWithFacilitator: topic.shared };
}

/**
 * The cohort's parking lot. Topics enter it with their owner's monthly update (see MonthlyUpdates) and
 * leave when the owner presents or removes them. A member reads and changes only their own; the
 * cohort's facilitators read titles only where shared. Nothing here logs.
 */
export class ParkingLot {
  constructor(private readonly repos: Repositories) {}

  async mine(memberId: string): Promise<MyParkedTopic[]> {
    await activeMember(this.repos, memberId);
    return (await this.repos.parkedTopics.listByMember(memberId)).map(own);
  }

  async share(memberId: string, topicId: string, shared: boolean): Promise<MyParkedTopic> {
    await activeMember(this.repos, memberId);
    // Another member's topic is answered exactly like one that does not exist.
    if (!(await this.repos.parkedTopics.setShared(memberId, topicId, shared))) throw noSuchTopic();
    const topic = await this.repos.parkedTopics.findOwn(memberId, topicId);
    if (!topic) throw noSuchTopic();
    return own(topic);
  }

  async remove(memberId: string, topicId: string): Promise<{ ok: true }> {
    await activeMember(this.repos, memberId);
    if (!(await this.repos.parkedTopics.removeOwn(memberId, topicId))) throw noSuchTopic();
    return { ok: true };
  }

  /** For the cohort's facilitators: every topic without its title unless shared, and the rotation's proposal. */
  async forFacilitator(facilitatorId: string, cohortId: string): Promise<CohortParkingLot> {
    if (!(await this.repos.cohorts.isFacilitator(cohortId, facilitatorId))) throw noSuchCohort();
    const names = new Map((await this.repos.members.listByCohort(cohortId)).map((member) => [member.id, member.displayName]));
    const topics = (await this.repos.parkedTopics.listForCohort(cohortId)).flatMap((topic) => {
      const ownerName = names.get(topic.memberId);
      // Removed members are not listed (listByCohort leaves them out).
      return ownerName === undefined
        ? []
        : [{ id: topic.id, ownerId: topic.memberId, ownerName, urgency: topic.urgency, importance: topic.importance, parkedAt: topic.parkedAt, title: topic.shared ? topic.title : null }];
    });
    const proposal = await rotationProposal(this.repos, cohortId);
    const proposedName = proposal.presenterId === null ? undefined : names.get(proposal.presenterId);
    return {
      topics,
      proposedPresenter: proposal.presenterId !== null && proposedName !== undefined ? { memberId: proposal.presenterId, displayName: proposedName, reason: proposal.reason } : null,
    };
  }
}
